"use client";

// Writing to memory by hand: "Add note" (a note, fact or decision, optionally
// pinned) and "Edit" (title and content of any item; saving re-embeds it and
// re-reads the names it mentions into the graph).
import { useState, type FormEvent, type ReactElement } from "react";
import { toast } from "sonner";

import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { ToggleSwitch } from "@/components/ui/toggle-switch";
import { Segmented } from "@/components/usage/segmented";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { kindMeta, type TMemoryEntry } from "./memory-meta";
import { useMemoryActions } from "./use-memory-actions";

const TITLE_MAX = 200;
const personKinds = ["note", "fact", "decision"] as const;
type TPersonKind = (typeof personKinds)[number];
const kindOptions = personKinds.map((kind) => ({ value: kind, label: kindMeta[kind].label }));
const kindHelp: Record<TPersonKind, string> = {
  note: "Anything worth remembering: context, a caveat, a link.",
  fact: "Something true about the project that agents should rely on.",
  decision: "A choice the team made; agents treat it as settled.",
};

type TValues = { kind: TPersonKind; title: string; content: string; pinned: boolean };
type TErrors = Partial<Record<"title" | "content" | "form", string>>;

function validate(values: TValues): TErrors {
  const errors: TErrors = {};
  if (!values.title.trim()) errors.title = "Give it a title.";
  else if (values.title.trim().length > TITLE_MAX) errors.title = `Keep the title under ${TITLE_MAX} characters.`;
  if (!values.content.trim()) errors.content = "Write what should be remembered.";
  return errors;
}

function MemoryForm({
  mode,
  initial,
  pending,
  onSubmit,
}: {
  mode: "add" | "edit";
  initial: TValues;
  pending: boolean;
  onSubmit: (values: TValues, setErrors: (errors: TErrors) => void) => void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<TErrors>({});
  const change = (next: Partial<TValues>) => {
    setValues((current) => ({ ...current, ...next }));
    setErrors((current) => ({ ...current, ...Object.fromEntries(Object.keys(next).map((key) => [key, undefined])), form: undefined }));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    onSubmit({ ...values, title: values.title.trim(), content: values.content.trim() }, setErrors);
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-5">
      {mode === "add" ? (
        <div className="grid gap-2">
          <span className="text-sm leading-none font-medium">
            Kind
          </span>
          <Segmented label="Kind" value={values.kind} onChange={(kind) => change({ kind })} options={kindOptions} size="sm" />
          <p className="text-[13px] text-muted-foreground">{kindHelp[values.kind]}</p>
        </div>
      ) : null}
      <Field label="Title" required error={errors.title}>
        <Input
          value={values.title}
          onChange={(event) => change({ title: event.target.value })}
          maxLength={TITLE_MAX + 20}
          placeholder={mode === "add" ? "Where sessions live" : undefined}
          disabled={pending}
          autoFocus
        />
      </Field>
      <Field
        label="Content"
        required
        error={errors.content}
        description="Name the technologies, services, tables and endpoints: they join the knowledge graph."
      >
        <Textarea
          value={values.content}
          onChange={(event) => change({ content: event.target.value })}
          rows={6}
          className="max-h-[50dvh] min-h-32"
          placeholder={mode === "add" ? "User sessions are kept in Redis with a 30-minute idle timeout." : undefined}
          disabled={pending}
        />
      </Field>
      {mode === "add" ? (
        <label className="flex items-start gap-3 text-sm">
          <ToggleSwitch checked={values.pinned} onCheckedChange={(pinned) => change({ pinned })} disabled={pending} aria-label="Pin it" className="mt-0.5" />
          <span className="grid gap-0.5">
            <span className="font-medium">Pin it</span>
            <span className="text-[13px] text-muted-foreground">Pinned items rank higher in every search, and agents see them first.</span>
          </span>
        </label>
      ) : null}
      <FormError message={errors.form} />
      <DialogFormFooter submitLabel={mode === "add" ? "Add to memory" : "Save changes"} pending={pending} />
    </form>
  );
}

function serverErrors(error: unknown): TErrors {
  const fields = fieldErrorsOf(error);
  const errors: TErrors = { title: fields.title, content: fields.content };
  if (!errors.title && !errors.content) errors.form = errorMessage(error);
  return errors;
}

export function AddNoteDialog({ projectId, trigger }: { projectId: string; trigger: ReactElement }) {
  const { workspace } = useWorkspace();
  const { add } = useMemoryActions(projectId);
  const [open, setOpen] = useState(false);
  // A fresh form each time the dialog opens.
  const [formKey, setFormKey] = useState(0);

  function changeOpen(next: boolean) {
    if (add.isPending) return;
    setOpen(next);
    if (next) setFormKey((k) => k + 1);
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Add a note</DialogTitle>
          <DialogDescription>Agents recall it in later runs, and it shows up here in searches and the graph.</DialogDescription>
        </DialogHeader>
        <MemoryForm
          key={formKey}
          mode="add"
          initial={{ kind: "note", title: "", content: "", pinned: false }}
          pending={add.isPending}
          onSubmit={(values, setErrors) =>
            add.mutate(
              { workspaceSlug: workspace.slug, projectId, ...values },
              {
                onSuccess: (stored) => {
                  setOpen(false);
                  toast.success(`Added “${values.title}” to memory`, {
                    description:
                      stored.entities > 0
                        ? `It names ${stored.entities} ${stored.entities === 1 ? "entity" : "entities"}, now in the graph.`
                        : "It names no technology, service, table or endpoint, so the graph is unchanged.",
                  });
                },
                onError: (error) => setErrors(serverErrors(error)),
              },
            )
          }
        />
      </DialogContent>
    </Dialog>
  );
}

export function EditMemoryDialog({
  projectId,
  entry,
  open,
  onOpenChange,
}: {
  projectId: string;
  entry: TMemoryEntry;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { workspace } = useWorkspace();
  const { update } = useMemoryActions(projectId);

  return (
    <Dialog open={open} onOpenChange={(next) => (update.isPending ? undefined : onOpenChange(next))}>
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Edit “{entry.title}”</DialogTitle>
          <DialogDescription>Saving re-embeds it and re-reads the names it mentions into the graph.</DialogDescription>
        </DialogHeader>
        {open ? (
          <MemoryForm
            mode="edit"
            initial={{ kind: "note", title: entry.title, content: entry.content, pinned: entry.pinned }}
            pending={update.isPending}
            onSubmit={(values, setErrors) =>
              update.mutate(
                { workspaceSlug: workspace.slug, projectId, itemId: entry.id, title: values.title, content: values.content },
                {
                  onSuccess: () => {
                    onOpenChange(false);
                    toast.success(`Saved “${values.title}”`);
                  },
                  onError: (error) => setErrors(serverErrors(error)),
                },
              )
            }
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

"use client";

// "New agent" / "Fork agent": pick the custom agent's id (and optionally its
// name), create version 1 from a built-in or a blank template, and open it in
// the editor. An id equal to a built-in's overrides that built-in here.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Info } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactElement } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorCode, errorMessage, fieldErrorsOf, issuesByPath } from "@/components/shell/errors";
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
import { ZCreateCustomAgentInput } from "@/server/services/custom-agents/schemas";

type TErrors = Partial<Record<"key" | "name" | "form", string>>;

/** Ids are snake_case; spaces and hyphens typed by habit become underscores. */
function normaliseKey(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, "_");
}

export function CreateAgentDialog({
  workspaceSlug,
  forkOf,
  trigger,
}: {
  workspaceSlug: string;
  /** The built-in to copy; omit to start from a blank template. */
  forkOf?: { id: string; name: string };
  trigger: ReactElement;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const initialKey = forkOf ? `${forkOf.id}_custom` : "";
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(initialKey);
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<TErrors>({});
  // Already cached by the catalogue; used to say what an id would override.
  const agents = useQuery({ ...trpc.agent.list.queryOptions({ workspaceSlug }), enabled: open });
  const existing = agents.data?.find((a) => a.id === key.trim());

  const create = useMutation(
    trpc.agent.create.mutationOptions({
      onSuccess: async (created) => {
        toast.success(forkOf ? `Forked ${forkOf.name} as ${created.key}` : `Created ${created.key}`);
        await queryClient.invalidateQueries({ queryKey: trpc.agent.pathKey() });
        router.push(`/${workspaceSlug}/agents/${created.key}/edit`);
        setOpen(false);
        setKey(initialKey);
        setName("");
      },
      onError: (error) => {
        const message = errorMessage(error);
        const fields = fieldErrorsOf(error);
        if (errorCode(error) === "CONFLICT") setErrors({ key: message });
        else if (fields.key || fields.name) setErrors({ key: fields.key, name: fields.name });
        else setErrors({ form: message });
      },
    }),
  );

  function changeOpen(next: boolean) {
    if (create.isPending) return;
    setOpen(next);
    if (!next) {
      setKey(initialKey);
      setName("");
      setErrors({});
      create.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = { key: key.trim(), forkOf: forkOf?.id, name: name.trim() || undefined };
    const parsed = ZCreateCustomAgentInput.safeParse(raw);
    if (!parsed.success) {
      const byPath = issuesByPath(parsed.error.issues);
      setErrors({ key: byPath.key, name: byPath.name && "Use 3 to 60 characters, or leave it empty." });
      return;
    }
    setErrors({});
    create.mutate({ workspaceSlug, ...parsed.data });
  }

  const defaultName = forkOf ? (key.trim() === forkOf.id ? forkOf.name : `${forkOf.name} (custom)`) : "Custom agent";
  const overrides = existing && existing.builtIn ? existing : null;

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <form onSubmit={submit} noValidate className="grid gap-6">
          <DialogHeader>
            <DialogTitle>{forkOf ? `Fork ${forkOf.name}` : "New custom agent"}</DialogTitle>
            <DialogDescription>
              {forkOf
                ? "Make your own copy to edit and version. The built-in stays as it is."
                : "Start from a blank template and write the agent in the editor."}
            </DialogDescription>
          </DialogHeader>
          <div className="grid gap-5">
            <Field
              label="Agent id"
              error={errors.key}
              required
              description={
                forkOf ? (
                  <>
                    snake_case, used by workflows to name the agent. Use the built-in&apos;s exact id,{" "}
                    <code className="font-mono text-xs text-foreground">{forkOf.id}</code>, to override it in this workspace: every
                    workflow then runs your version instead.
                  </>
                ) : (
                  <>
                    snake_case, used by workflows to name the agent, e.g.{" "}
                    <code className="font-mono text-xs text-foreground">release_manager</code>. A built-in&apos;s exact id overrides
                    that built-in in this workspace.
                  </>
                )
              }
            >
              <Input
                value={key}
                onChange={(event) => {
                  setKey(normaliseKey(event.target.value));
                  if (errors.key || errors.form) setErrors((current) => ({ ...current, key: undefined, form: undefined }));
                }}
                maxLength={64}
                autoComplete="off"
                autoCapitalize="off"
                autoCorrect="off"
                spellCheck={false}
                autoFocus
                disabled={create.isPending}
                className="font-mono text-[13px]"
              />
            </Field>
            {overrides && !errors.key ? (
              <p role="status" className="flex items-start gap-2 rounded-md border border-info/30 bg-info/10 px-3 py-2 text-[13px]">
                <Info className="mt-0.5 size-3.5 shrink-0 text-info" aria-hidden />
                <span>
                  Overrides the built-in <span className="font-medium">{overrides.name}</span> in this workspace. Other workspaces keep
                  the original.
                </span>
              </p>
            ) : null}
            <Field label="Name" error={errors.name} description={`Optional. Shown in the catalogue; defaults to “${defaultName}”.`}>
              <Input
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                  if (errors.name) setErrors((current) => ({ ...current, name: undefined }));
                }}
                placeholder={defaultName}
                maxLength={60}
                autoComplete="off"
                disabled={create.isPending}
              />
            </Field>
          </div>
          <FormError message={errors.form} />
          <DialogFormFooter submitLabel={forkOf ? "Fork agent" : "Create agent"} pending={create.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

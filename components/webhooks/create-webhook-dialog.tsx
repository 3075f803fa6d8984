"use client";

// "Add endpoint": URL, events and a description, then the endpoint's signing
// secret, shown once with a copy button. Only a sealed copy is kept for
// signing, so this dialog is the one chance to copy it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState, type FormEvent, type ReactElement } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { ShownOnceSecret } from "@/components/shell/shown-once-secret";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogDoneFooter,
  DialogFormFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { EventCheckboxes } from "./event-checkboxes";
import { nodeVerifySnippet, type TWebhookEventType } from "./webhook-meta";

const DESCRIPTION_MAX = 500;

type TErrors = { url?: string; events?: string; description?: string; form?: string };

/** Server refusals name their field ("url: …"); zod ones arrive per field. */
function errorsFrom(error: unknown): TErrors {
  const fields = fieldErrorsOf(error);
  if (fields.url || fields.events || fields.description) return { url: fields.url, events: fields.events, description: fields.description };
  const message = errorMessage(error);
  const match = /^(url|events|description): (.*)$/s.exec(message);
  return match ? { [match[1] as "url" | "events" | "description"]: match[2] } : { form: message };
}

export function CreateWebhookDialog({ trigger }: { trigger?: ReactElement }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<TWebhookEventType[]>(["run.succeeded", "run.failed"]);
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<TErrors>({});
  const [created, setCreated] = useState<{ secret: string; url: string } | null>(null);

  const create = useMutation(
    trpc.webhook.create.mutationOptions({
      onSuccess: ({ secret, endpoint }) => {
        // The list refreshes when the dialog closes: refreshing now could swap the
        // empty state (which holds this dialog) for the list and lose the secret.
        setCreated({ secret, url: endpoint.url });
      },
      onError: (error) => setErrors(errorsFrom(error)),
    }),
  );

  function reset() {
    setUrl("");
    setEvents(["run.succeeded", "run.failed"]);
    setDescription("");
    setErrors({});
    setCreated(null);
    create.reset();
  }

  function changeOpen(next: boolean) {
    if (create.isPending) return;
    setOpen(next);
    if (!next && created) void queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
    if (!next) reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = url.trim();
    const next: TErrors = {
      url: !trimmed ? "Enter the URL that should receive the events." : !/^https?:\/\//i.test(trimmed) ? "Use an http:// or https:// URL." : undefined,
      events: events.length === 0 ? "Choose at least one event." : undefined,
    };
    setErrors(next);
    if (next.url || next.events) return;
    create.mutate({ workspaceSlug: workspace.slug, url: trimmed, events, description: description.trim() });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        {trigger ?? (
          <Button>
            <Plus aria-hidden />
            Add endpoint
          </Button>
        )}
      </DialogTrigger>
      <DialogContent
        className="sm:max-w-xl"
        // Once the secret exists, an accidental outside click must not throw it away.
        onInteractOutside={(event) => {
          if (created) event.preventDefault();
        }}
      >
        {created ? (
          <div className="grid gap-5">
            <DialogHeader>
              <DialogTitle>Endpoint added</DialogTitle>
              <DialogDescription className="break-all">
                Events now go to <span className="font-mono text-foreground">{created.url}</span>, signed with this secret.
              </DialogDescription>
            </DialogHeader>
            <ShownOnceSecret
              label="Signing secret"
              value={created.secret}
              warning="Store it with your receiver (e.g. as CORAL_WEBHOOK_SECRET) and check every request with it. If it leaks, delete the endpoint and add it again."
              snippet={{ title: "Verify in Node", code: nodeVerifySnippet, copyLabel: "Copy verification snippet" }}
            />
            <DialogDoneFooter />
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="grid gap-5">
            <DialogHeader>
              <DialogTitle>Add a webhook endpoint</DialogTitle>
              <DialogDescription>{workspace.name} will POST signed JSON events to this URL.</DialogDescription>
            </DialogHeader>
            <Field label="Endpoint URL" error={errors.url} description="A public http(s) address; internal and private addresses are refused." required>
              <Input
                type="url"
                inputMode="url"
                value={url}
                onChange={(event) => {
                  setUrl(event.target.value);
                  setErrors((e) => ({ ...e, url: undefined, form: undefined }));
                }}
                placeholder="https://example.com/webhooks/coral"
                autoComplete="off"
                spellCheck={false}
                disabled={create.isPending}
                autoFocus
              />
            </Field>
            <EventCheckboxes
              value={events}
              onChange={(next) => {
                setEvents(next);
                setErrors((e) => ({ ...e, events: undefined }));
              }}
              disabled={create.isPending}
              error={errors.events}
            />
            <Field label="Description (optional)" error={errors.description} description="Who or what receives these, e.g. “Deploy bot”.">
              <Textarea
                value={description}
                onChange={(event) => {
                  setDescription(event.target.value);
                  setErrors((e) => ({ ...e, description: undefined }));
                }}
                maxLength={DESCRIPTION_MAX}
                rows={2}
                disabled={create.isPending}
              />
            </Field>
            <FormError message={errors.form} />
            <DialogFormFooter submitLabel="Add endpoint" pending={create.isPending} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

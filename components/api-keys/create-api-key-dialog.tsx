"use client";

// "Create key": name, scopes and expiry, then the key itself, shown once with a
// copy button and a curl line to try it. Only a hash is stored, so this dialog
// is the one chance to copy it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useState, type FormEvent, type ReactElement } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { ShownOnceSecret } from "@/components/shell/shown-once-secret";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { formatDateTime } from "@/components/shell/relative-time";
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
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TApiKeyListItem } from "@/server/services/api-keys/list-api-keys";

import { ScopeCheckboxes } from "./scope-checkboxes";
import { curlExample, expiryOptions, scopeLabels, type TApiKeyScope, type TExpiryOption } from "./scopes";

const NAME_MAX = 80;
const DAY_MS = 86_400_000;

type TCreated = { key: string; apiKey: TApiKeyListItem; curl: string };

export function CreateApiKeyDialog({ trigger }: { trigger?: ReactElement }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TApiKeyScope[]>(["read"]);
  const [expiry, setExpiry] = useState<TExpiryOption>("90");
  const [errors, setErrors] = useState<{ name?: string; scopes?: string; form?: string }>({});
  const [created, setCreated] = useState<TCreated | null>(null);

  const create = useMutation(
    trpc.apiKey.create.mutationOptions({
      onSuccess: ({ key, apiKey }) => {
        // The list refreshes when the dialog closes: refreshing now could swap the
        // empty state (which holds this dialog) for the table and lose the key.
        setCreated({ key, apiKey, curl: curlExample(key, window.location.origin) });
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setErrors({ name: fields.name, scopes: fields.scopes, form: fields.name || fields.scopes ? undefined : errorMessage(error) });
      },
    }),
  );

  function reset() {
    setName("");
    setScopes(["read"]);
    setExpiry("90");
    setErrors({});
    setCreated(null);
    create.reset();
  }

  function changeOpen(next: boolean) {
    if (create.isPending) return;
    setOpen(next);
    if (!next && created) void queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
    if (!next) reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const next = {
      name: !trimmed ? "Give the key a name." : trimmed.length > NAME_MAX ? `Use at most ${NAME_MAX} characters.` : undefined,
      scopes: scopes.length === 0 ? "Choose at least one scope." : undefined,
    };
    setErrors(next);
    if (next.name || next.scopes) return;
    const days = expiryOptions.find((o) => o.value === expiry)?.days ?? null;
    create.mutate({
      workspaceSlug: workspace.slug,
      name: trimmed,
      scopes,
      expiresAt: days === null ? null : new Date(Date.now() + days * DAY_MS),
    });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        {trigger ?? (
          <Button>
            <KeyRound aria-hidden />
            Create key
          </Button>
        )}
      </DialogTrigger>
      <DialogContent
        // Once the key exists, an accidental outside click must not throw it away.
        onInteractOutside={(event) => {
          if (created) event.preventDefault();
        }}
      >
        {created ? (
          <div className="grid gap-5">
            <DialogHeader>
              <DialogTitle>Your new API key</DialogTitle>
              <DialogDescription>
                &ldquo;{created.apiKey.name}&rdquo; can {created.apiKey.scopes.map((s) => scopeLabels[s].toLowerCase()).join(", ")} in{" "}
                {workspace.name}
                {created.apiKey.expiresAt ? ` until ${formatDateTime(created.apiKey.expiresAt)}` : ""}.
              </DialogDescription>
            </DialogHeader>
            <ShownOnceSecret
              label="API key"
              value={created.key}
              warning="We only keep a fingerprint of it. Store it as a secret (never in code); if it leaks, revoke it here."
              snippet={{ title: "Try it", code: created.curl, copyLabel: "Copy curl command" }}
            />
            <DialogDoneFooter />
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="grid gap-5">
            <DialogHeader>
              <DialogTitle>Create an API key</DialogTitle>
              <DialogDescription>
                Scripts, CI jobs and your own tools use it to call the {workspace.name} REST API.
              </DialogDescription>
            </DialogHeader>
            <Field label="Name" error={errors.name} description="Say where it will be used, e.g. “GitHub Actions deploy”." required>
              <Input
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                  setErrors((e) => ({ ...e, name: undefined }));
                }}
                maxLength={NAME_MAX}
                autoComplete="off"
                spellCheck={false}
                disabled={create.isPending}
                autoFocus
              />
            </Field>
            <ScopeCheckboxes
              value={scopes}
              onChange={(next) => {
                setScopes(next);
                setErrors((e) => ({ ...e, scopes: undefined }));
              }}
              disabled={create.isPending}
              error={errors.scopes}
            />
            <Field label="Expires" description="An expired key stops working; create a new one to replace it.">
              {(control) => (
                <Select
                  value={expiry}
                  onValueChange={(next) => {
                    const option = expiryOptions.find((o) => o.value === next);
                    if (option) setExpiry(option.value);
                  }}
                  disabled={create.isPending}
                >
                  <SelectTrigger {...control} className="w-48">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent align="start">
                    {expiryOptions.map((option) => (
                      <SelectItem key={option.value} value={option.value}>
                        {option.label}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            </Field>
            <FormError message={errors.form} />
            <DialogFormFooter submitLabel="Create key" pending={create.isPending} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

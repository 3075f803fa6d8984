"use client";

// Add or replace a workspace's key for one provider. OpenAI and Anthropic need
// an API key (a base URL only for a proxy or gateway); an OpenAI-compatible
// server needs its base URL and a key only if it asks for one. Saving replaces
// what was stored for that provider; the key never comes back from the server.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactElement } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
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
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TRealProvider } from "@/server/models/providers/provider-config";

import { baseUrlPlaceholders, keyPlaceholders, providerLabel } from "./provider-meta";

type TErrors = { apiKey?: string; baseUrl?: string; form?: string };

function validate(provider: TRealProvider, apiKey: string, baseUrl: string, replacing: boolean): TErrors {
  const errors: TErrors = {};
  if (provider !== "compatible" && !apiKey && !replacing) errors.apiKey = "Enter the API key.";
  else if (apiKey && apiKey.length < 8) errors.apiKey = "This looks too short for an API key.";
  if (provider === "compatible" && !baseUrl) errors.baseUrl = "Enter the server's base URL, e.g. http://localhost:11434/v1.";
  else if (baseUrl && !URL.canParse(baseUrl)) errors.baseUrl = "Enter a full URL, e.g. http://localhost:11434/v1.";
  return errors;
}

export function CredentialDialog({ provider, replacing, trigger }: { provider: TRealProvider; replacing: boolean; trigger: ReactElement }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [apiKey, setApiKey] = useState("");
  const [baseUrl, setBaseUrl] = useState("");
  const [errors, setErrors] = useState<TErrors>({});
  const name = providerLabel(provider);
  const compatible = provider === "compatible";

  const save = useMutation(
    trpc.models.setCredential.mutationOptions({
      onSuccess: () => {
        toast.success(`${name} ${compatible ? "server" : "key"} saved`, { description: "Agents in this workspace use it from their next call." });
        void queryClient.invalidateQueries({ queryKey: trpc.models.overview.queryKey() });
        changeOpen(false, true);
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setErrors({ apiKey: fields.apiKey, baseUrl: fields.baseUrl, form: fields.apiKey || fields.baseUrl ? undefined : errorMessage(error) });
      },
    }),
  );

  function changeOpen(next: boolean, force = false) {
    if (save.isPending && !force) return;
    setOpen(next);
    if (!next) {
      setApiKey("");
      setBaseUrl("");
      setErrors({});
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const key = apiKey.trim();
    const url = baseUrl.trim();
    const found = validate(provider, key, url, replacing);
    setErrors(found);
    if (found.apiKey || found.baseUrl) return;
    save.mutate({ workspaceSlug: workspace.slug, provider, apiKey: key || undefined, baseUrl: url || undefined });
  }

  const keyField = (
    <Field
      label={compatible ? "API key (optional)" : replacing ? "API key (empty keeps the saved key)" : "API key"}
      required={!compatible && !replacing}
      error={errors.apiKey}
      description="Stored encrypted. After saving, only its last four characters are shown."
    >
      <Input
        type="password"
        value={apiKey}
        onChange={(e) => {
          setApiKey(e.target.value);
          setErrors((c) => ({ ...c, apiKey: undefined, form: undefined }));
        }}
        placeholder={keyPlaceholders[provider]}
        autoComplete="off"
        spellCheck={false}
        disabled={save.isPending}
        autoFocus={!compatible}
      />
    </Field>
  );

  const urlField = (
    <Field
      label={compatible ? "Base URL" : "Base URL (optional)"}
      required={compatible}
      error={errors.baseUrl}
      description={compatible ? "Where the server's OpenAI-style API lives, usually ending in /v1." : "Only for a proxy or gateway in front of the API. Leave empty for the provider's own."}
    >
      <Input
        type="url"
        value={baseUrl}
        onChange={(e) => {
          setBaseUrl(e.target.value);
          setErrors((c) => ({ ...c, baseUrl: undefined, form: undefined }));
        }}
        placeholder={baseUrlPlaceholders[provider]}
        autoComplete="off"
        spellCheck={false}
        disabled={save.isPending}
        autoFocus={compatible}
      />
    </Field>
  );

  return (
    <Dialog open={open} onOpenChange={(next) => changeOpen(next)}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="sm:max-w-md">
        <form onSubmit={submit} noValidate className="grid gap-5">
          <DialogHeader>
            <DialogTitle>
              {replacing ? "Replace" : "Add"} {compatible ? "OpenAI-compatible server" : `${name} key`}
            </DialogTitle>
            <DialogDescription>
              {compatible
                ? "Connect Ollama, vLLM, LM Studio or any server with an OpenAI-style API. Its models are unpriced: calls are counted, not charged."
                : `Agents in ${workspace.name} will call ${name} with this key.`}
              {replacing ? " Saving replaces the key and URL stored now." : ""}
            </DialogDescription>
          </DialogHeader>
          {compatible ? (
            <>
              {urlField}
              {keyField}
            </>
          ) : (
            <>
              {keyField}
              {urlField}
            </>
          )}
          <FormError message={errors.form} />
          <DialogFormFooter submitLabel="Save" pending={save.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

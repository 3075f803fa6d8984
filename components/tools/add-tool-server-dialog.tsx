"use client";

// "Add server": pick a preset (or custom), fill its fields, add it, and see
// the connection test right away: the tools the server offers, each with the
// operation the policy will treat it as, or why it could not connect. Secret
// values are sent once and sealed; nothing here can show them again.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState, type FormEvent, type ReactElement } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogDoneFooter, DialogFormFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TCreateToolServerInput } from "@/server/services/tools/schemas";
import type { TToolServer } from "@/server/services/tools/tool-views";

import { pairsToRecord } from "./secret-pairs-editor";
import { CustomFields, PresetFields, type TCustomDraft, type TFormErrors } from "./server-form-fields";
import { ServerToolList } from "./server-tool-list";

const CUSTOM = "custom";
const FIELDS = ["name", "preset", "fields", "transport", "command", "args", "env", "url", "headers"] as const;
const emptyCustom = (): TCustomDraft => ({ transport: "stdio", command: "", args: "", env: [], url: "", headers: [] });

/** Server refusals name their field ("url: …", "env.API KEY: …"); zod ones arrive per field. */
function errorsFrom(error: unknown): TFormErrors {
  const fields = fieldErrorsOf(error);
  const known = FIELDS.filter((f) => fields[f]);
  if (known.length) return Object.fromEntries(known.map((f) => [f, fields[f]]));
  const message = errorMessage(error);
  const match = /^(\w+)(?:\.[^:\s]*)?: (.*)$/s.exec(message);
  const field = FIELDS.find((f) => f === match?.[1]);
  return field && match ? { [field]: match[2] } : { form: message };
}

type TTested = { server: TToolServer; ok: boolean; error: string | null };

export function AddToolServerDialog({ trigger, initialPreset = "filesystem" }: { trigger?: ReactElement; initialPreset?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState(initialPreset);
  const [name, setName] = useState(initialPreset);
  const [nameEdited, setNameEdited] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [custom, setCustom] = useState<TCustomDraft>(emptyCustom);
  const [errors, setErrors] = useState<TFormErrors>({});
  const [added, setAdded] = useState<TToolServer | null>(null);
  const [tested, setTested] = useState<TTested | null>(null);

  const presets = useQuery({ ...trpc.tools.presets.queryOptions({ workspaceSlug: workspace.slug }), enabled: open });
  const chosen = presets.data?.find((p) => p.id === preset) ?? null;

  const test = useMutation(
    trpc.tools.testServer.mutationOptions({
      onSuccess: (result) => setTested({ server: result.server, ok: result.ok, error: result.ok ? null : result.error }),
      onError: (error) => {
        if (added) setTested({ server: added, ok: false, error: errorMessage(error) });
      },
    }),
  );
  const create = useMutation(
    trpc.tools.createServer.mutationOptions({
      onSuccess: (server) => {
        setAdded(server);
        test.mutate({ workspaceSlug: workspace.slug, serverId: server.id });
      },
      onError: (error) => setErrors(errorsFrom(error)),
    }),
  );
  const busy = create.isPending;

  function reset() {
    setPreset(initialPreset);
    setName(initialPreset);
    setNameEdited(false);
    setValues({});
    setCustom(emptyCustom());
    setErrors({});
    setAdded(null);
    setTested(null);
    create.reset();
    test.reset();
  }

  function changeOpen(next: boolean) {
    if (busy) return;
    setOpen(next);
    // The list refreshes when the dialog closes: refreshing earlier could swap the empty state (which holds this dialog) away.
    if (!next && added) void queryClient.invalidateQueries({ queryKey: trpc.tools.listServers.queryKey() });
    if (!next) reset();
  }

  function choosePreset(next: string) {
    setPreset(next);
    setValues({});
    setErrors({});
    if (!nameEdited) setName(next === CUSTOM ? "" : next);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const next: TFormErrors = {};
    if (!trimmed) next.name = "Name the server.";
    else if (!/^[a-z0-9][a-z0-9_-]*$/.test(trimmed)) next.name = "Use lowercase letters, digits, - and _, starting with a letter or digit.";
    if (preset === CUSTOM && custom.transport === "stdio" && !custom.command.trim()) next.command = "Enter the command that starts the server.";
    if (preset === CUSTOM && custom.transport === "http" && !/^https?:\/\//i.test(custom.url.trim())) next.url = "Use an http:// or https:// URL.";
    if (chosen) for (const field of chosen.fields) if (field.required && !values[field.key]?.trim()) next.fields = `Fill ${field.label}.`;
    setErrors(next);
    if (Object.keys(next).length) return;

    const input: TCreateToolServerInput =
      preset === CUSTOM
        ? custom.transport === "stdio"
          ? {
              name: trimmed,
              preset: CUSTOM,
              transport: "stdio",
              command: custom.command.trim(),
              args: custom.args.split("\n").map((a) => a.trim()).filter(Boolean),
              env: pairsToRecord(custom.env),
            }
          : { name: trimmed, preset: CUSTOM, transport: "http", url: custom.url.trim(), headers: pairsToRecord(custom.headers) }
        : { name: trimmed, preset, fields: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])) };
    create.mutate({ workspaceSlug: workspace.slug, ...input });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        {trigger ?? (
          <Button>
            <Plus aria-hidden />
            Add server
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        {added ? (
          <div className="grid gap-5">
            <DialogHeader>
              <DialogTitle>{added.name} added</DialogTitle>
              <DialogDescription>
                No agent can use it until the policy allows it. Its tools, as the connection test found them:
              </DialogDescription>
            </DialogHeader>
            {!tested ? (
              <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
                <Spinner /> Connecting to {added.name}…
              </p>
            ) : tested.ok ? (
              <div className="max-h-80 overflow-y-auto rounded-lg border">
                <ServerToolList tools={tested.server.tools ?? []} />
              </div>
            ) : (
              <div className="grid gap-2">
                <FormError message={`Couldn't connect: ${tested.error ?? "unknown error"}`} />
                <p className="text-[13px] text-muted-foreground">The server is saved; fix what it needs and use Test connection on its row, or delete it.</p>
              </div>
            )}
            <DialogDoneFooter>
              {tested && !tested.ok ? (
                <Button variant="outline" loading={test.isPending} onClick={() => test.mutate({ workspaceSlug: workspace.slug, serverId: added.id })}>
                  Test again
                </Button>
              ) : null}
            </DialogDoneFooter>
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="grid gap-5">
            <DialogHeader>
              <DialogTitle>Add a tool server</DialogTitle>
              <DialogDescription>An MCP server whose tools agents of {workspace.name} may use, as far as the policy allows.</DialogDescription>
            </DialogHeader>
            <Field label="Server" error={errors.preset}>
              {(control) => (
                <Select value={preset} onValueChange={choosePreset} disabled={busy}>
                  <SelectTrigger {...control}>
                    <SelectValue placeholder={presets.isPending ? "Loading presets…" : "Choose a server"}>{preset === CUSTOM ? "Custom server" : (chosen?.label ?? preset)}</SelectValue>
                  </SelectTrigger>
                  <SelectContent align="start" className="w-[min(32rem,var(--radix-select-trigger-width))]">
                    {(presets.data ?? []).map((p) => (
                      <SelectItem key={p.id} value={p.id} disabled={!p.available} textValue={p.label}>
                        <span className="grid gap-0.5 py-0.5">
                          <span className="font-medium">{p.label}</span>
                          <span className="text-xs whitespace-normal text-muted-foreground">{p.available ? `${p.transport} · ${p.sandboxed ? "the run's working copy" : (p.url ?? p.command)}` : `Not available here: ${p.reason}`}</span>
                        </span>
                      </SelectItem>
                    ))}
                    <SelectItem value={CUSTOM} textValue="Custom server">
                      <span className="grid gap-0.5 py-0.5">
                        <span className="font-medium">Custom server</span>
                        <span className="text-xs whitespace-normal text-muted-foreground">Any MCP server: a command (stdio) or a URL (http).</span>
                      </span>
                    </SelectItem>
                  </SelectContent>
                </Select>
              )}
            </Field>
            {presets.isError ? <FormError message={`Couldn't load the presets: ${errorMessage(presets.error)}`} /> : null}
            <Field label="Name" required error={errors.name} description="How the policy and the call log refer to it, e.g. files or github.">
              <Input
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                  setNameEdited(true);
                  setErrors((e) => ({ ...e, name: undefined, form: undefined }));
                }}
                className="font-mono"
                autoComplete="off"
                spellCheck={false}
                disabled={busy}
              />
            </Field>
            {preset === CUSTOM ? (
              <CustomFields
                draft={custom}
                onChange={(patch) => {
                  setCustom((c) => ({ ...c, ...patch }));
                  setErrors({});
                }}
                errors={errors}
                disabled={busy}
              />
            ) : chosen ? (
              <PresetFields
                preset={chosen}
                values={values}
                onChange={(key, value) => {
                  setValues((v) => ({ ...v, [key]: value }));
                  setErrors((e) => ({ ...e, fields: undefined, form: undefined }));
                }}
                errors={errors}
                disabled={busy}
              />
            ) : null}
            <FormError message={errors.form} />
            <DialogFormFooter submitLabel="Add and test" pending={busy} disabled={preset !== CUSTOM && !chosen?.available} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

"use client";

// The parts of the "Add server" form that change with the choice: a preset's
// own fields (secret ones as password fields), or a custom server's stdio
// command, arguments and environment, or http URL and headers.
import { ShieldCheck, TriangleAlert } from "lucide-react";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { TToolServerPresetView } from "@/server/services/tools/tool-presets";

import { SecretPairsEditor, type TSecretPair } from "./secret-pairs-editor";

export type TCustomDraft = { transport: "stdio" | "http"; command: string; args: string; env: TSecretPair[]; url: string; headers: TSecretPair[] };
export type TFormErrors = Partial<Record<"name" | "preset" | "fields" | "transport" | "command" | "args" | "env" | "url" | "headers" | "form", string>>;

/** The copy of a custom server's two sealed name/value lists: stdio environment variables, http headers. */
const pairsCopy = {
  env: {
    legend: "Environment variables",
    description: "Sealed on the server; only their names are shown again.",
    namePlaceholder: "API_TOKEN",
    valuePlaceholder: "value",
    addLabel: "Add variable",
  },
  headers: {
    legend: "Headers",
    description: "Sent with every request, sealed on the server; only their names are shown again.",
    namePlaceholder: "Authorization",
    valuePlaceholder: "Bearer …",
    addLabel: "Add header",
  },
};

export function PresetFields({
  preset,
  values,
  onChange,
  errors,
  disabled,
}: {
  preset: TToolServerPresetView;
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  errors: TFormErrors;
  disabled: boolean;
}) {
  return (
    <div className="grid gap-4">
      <p className="text-[13px] text-muted-foreground">{preset.description}</p>
      {!preset.available ? (
        <p role="alert" className="flex items-start gap-2 rounded-md border border-warning/30 bg-warning/10 px-3 py-2 text-[13px]">
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
          <span>
            {preset.reason ?? "This server can't run it."} Choose another server, or ask whoever runs CoralCollective to install it.
          </span>
        </p>
      ) : null}
      {preset.sandboxed ? (
        <p className="flex items-start gap-2 rounded-md border bg-muted/40 px-3 py-2 text-[13px]">
          <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-info" />
          It is rooted at each run&apos;s working copy when the run starts, so there is no folder to choose, and it can&apos;t reach anything outside it.
        </p>
      ) : null}
      {preset.fields.map((field) => (
        <Field
          key={field.key}
          label={field.label}
          required={field.required}
          description={field.secret ? `${field.description} Stored encrypted; never shown again.` : field.description}
        >
          <Input
            type={field.secret ? "password" : "text"}
            value={values[field.key] ?? ""}
            onChange={(event) => onChange(field.key, event.target.value)}
            placeholder={field.placeholder}
            autoComplete={field.secret ? "new-password" : "off"}
            spellCheck={false}
            disabled={disabled}
          />
        </Field>
      ))}
      {errors.fields ? <p className="text-[13px] font-medium text-destructive">{errors.fields}</p> : null}
    </div>
  );
}

export function CustomFields({ draft, onChange, errors, disabled }: { draft: TCustomDraft; onChange: (patch: Partial<TCustomDraft>) => void; errors: TFormErrors; disabled: boolean }) {
  const sealedPairs = (kind: keyof typeof pairsCopy) => (
    <SecretPairsEditor {...pairsCopy[kind]} pairs={draft[kind]} onChange={(pairs) => onChange({ [kind]: pairs })} disabled={disabled} error={errors[kind]} />
  );
  return (
    <div className="grid gap-4">
      <Field label="Transport" error={errors.transport} description="stdio starts the server as a program on this host; http connects to a streamable-HTTP MCP endpoint.">
        {(control) => (
          <Select value={draft.transport} onValueChange={(value) => onChange({ transport: value === "http" ? "http" : "stdio" })} disabled={disabled}>
            <SelectTrigger {...control}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent align="start">
              <SelectItem value="stdio">stdio (a command)</SelectItem>
              <SelectItem value="http">http (a URL)</SelectItem>
            </SelectContent>
          </Select>
        )}
      </Field>
      {draft.transport === "stdio" ? (
        <>
          <Field label="Command" required error={errors.command} description="The program to start, e.g. node, python or a path. It runs in the run's working copy, without this app's environment.">
            <Input value={draft.command} onChange={(event) => onChange({ command: event.target.value })} placeholder="node" className="font-mono" autoComplete="off" spellCheck={false} disabled={disabled} />
          </Field>
          <Field label="Arguments" error={errors.args} description="One per line. Shown to every member: put secrets in environment variables instead.">
            <Textarea value={draft.args} onChange={(event) => onChange({ args: event.target.value })} rows={3} placeholder={"server.js\n--port=0"} className="font-mono" spellCheck={false} disabled={disabled} />
          </Field>
          {sealedPairs("env")}
        </>
      ) : (
        <>
          <Field label="URL" required error={errors.url} description="The server's MCP endpoint (http or https). Credentials go in a header, not in the URL.">
            <Input type="url" inputMode="url" value={draft.url} onChange={(event) => onChange({ url: event.target.value })} placeholder="https://mcp.example.com/mcp" autoComplete="off" spellCheck={false} disabled={disabled} />
          </Field>
          {sealedPairs("headers")}
        </>
      )}
    </div>
  );
}

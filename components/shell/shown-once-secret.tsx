"use client";

// A secret the server shows once (an API key, a webhook signing secret): the
// value with a copy button, the warning that it will not be shown again, and a
// first snippet that uses it.
import { CircleAlert } from "lucide-react";
import type { ReactNode } from "react";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

import { CopyButton } from "./copy-button";

export function ShownOnceSecret({
  label,
  value,
  warning,
  snippet,
}: {
  label: string;
  value: string;
  warning: ReactNode;
  snippet: { title: string; code: string; copyLabel: string };
}) {
  return (
    <>
      <Field label={label}>
        {(control) => (
          <div className="flex gap-2">
            <Input {...control} value={value} readOnly className="font-mono text-[13px]" onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={value} label="Copy" successMessage={`${label} copied`} showLabel autoFocus />
          </div>
        )}
      </Field>
      <p className="flex items-start gap-2 rounded-md border border-warning/30 bg-warning/10 px-3 py-2 text-[13px]">
        <CircleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
        <span>Copy it now: it won&apos;t be shown again. {warning}</span>
      </p>
      <div className="grid gap-2">
        <p className="text-sm font-medium">{snippet.title}</p>
        <div className="flex items-start gap-2">
          <pre className="min-w-0 flex-1 overflow-x-auto rounded-md border bg-muted/50 px-3 py-2 font-mono text-xs leading-relaxed">
            <code>{snippet.code}</code>
          </pre>
          <CopyButton value={snippet.code} label={snippet.copyLabel} successMessage="Copied" />
        </div>
      </div>
    </>
  );
}

"use client";

// The audit log's filters: action domain, actor kind, target kind and a date
// range. They apply as soon as they change; dates are the reader's own days.
import { X } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectSeparator, SelectTrigger, SelectValue } from "@/components/ui/select";
import { auditActorTypes, type TAuditActorType } from "@/server/services/audit/schemas";

import { actionDomains, actorTypeLabels } from "./audit-meta";

export type TAuditFilters = { action: string; actorType: TAuditActorType | ""; targetType: string; from: string; to: string };

export const emptyAuditFilters: TAuditFilters = { action: "", actorType: "", targetType: "", from: "", to: "" };

const targetTypes: { value: string; label: string }[] = [
  { value: "membership", label: "Membership" },
  { value: "invitation", label: "Invitation" },
  { value: "api_key", label: "API key" },
  { value: "webhook_endpoint", label: "Webhook endpoint" },
  { value: "project", label: "Project" },
  { value: "workspace", label: "Workspace" },
  { value: "tool", label: "Tool" },
];

// Radix Select has no empty value; this one stands for "no filter".
const ANY = "__any__";

function localDay(day: string, plusDays = 0): Date | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setDate(date.getDate() + plusDays);
  return date;
}

/** The list procedure's filter input: "to" includes the whole of its day. */
export function auditFilterInput(filters: TAuditFilters) {
  return {
    action: filters.action || undefined,
    actorType: filters.actorType || undefined,
    targetType: filters.targetType || undefined,
    since: localDay(filters.from),
    until: localDay(filters.to, 1),
  };
}

export function hasAuditFilters(filters: TAuditFilters): boolean {
  return Object.values(filters).some(Boolean);
}

function FilterSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <Field label={label}>
      {(control) => (
        <Select value={value || ANY} onValueChange={(v) => onChange(v === ANY ? "" : v)}>
          <SelectTrigger size="sm" {...control}>
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ANY}>Any</SelectItem>
            <SelectSeparator />
            {options.map((option) => (
              <SelectItem key={option.value} value={option.value}>
                {option.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      )}
    </Field>
  );
}

export function AuditFilters({ value, onChange }: { value: TAuditFilters; onChange: (next: TAuditFilters) => void }) {
  const set = <K extends keyof TAuditFilters>(key: K) => (next: TAuditFilters[K]) => onChange({ ...value, [key]: next });
  const rangeError = value.from && value.to && value.to < value.from ? "Pick a day on or after the start." : undefined;
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
      <legend className="sr-only">Filter events</legend>
      <FilterSelect label="Action" value={value.action} onChange={set("action")} options={actionDomains.map((d) => ({ value: d.prefix, label: d.label }))} />
      <FilterSelect
        label="Actor"
        value={value.actorType}
        onChange={(v) => set("actorType")(v as TAuditActorType | "")}
        options={auditActorTypes.map((t) => ({ value: t, label: actorTypeLabels[t] }))}
      />
      <FilterSelect label="Target" value={value.targetType} onChange={set("targetType")} options={targetTypes} />
      <Field label="From">
        <Input type="date" className="h-8" value={value.from} max={value.to || undefined} onChange={(e) => set("from")(e.target.value)} />
      </Field>
      <Field label="To" error={rangeError}>
        <Input type="date" className="h-8" value={value.to} min={value.from || undefined} onChange={(e) => set("to")(e.target.value)} />
      </Field>
      <Button variant="ghost" size="sm" disabled={!hasAuditFilters(value)} onClick={() => onChange(emptyAuditFilters)}>
        <X aria-hidden />
        Clear
      </Button>
    </fieldset>
  );
}

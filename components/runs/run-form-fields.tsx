"use client";

// The fields both "start a run" dialogs share: the project the agents work on
// and the task they read first.
import { Field } from "@/components/ui/field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

export const MIN_TASK = 10;
export const MAX_TASK = 20_000;

export function ProjectField({
  projects,
  loading,
  value,
  onChange,
  error,
  disabled,
}: {
  projects: { id: string; name: string }[];
  loading: boolean;
  value: string | null;
  onChange: (id: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  return (
    <Field label="Project" error={error} required>
      {(control) => (
        <Select value={value ?? undefined} onValueChange={onChange} disabled={disabled || loading}>
          <SelectTrigger {...control}>
            <SelectValue placeholder={loading ? "Loading projects…" : "Choose a project"} />
          </SelectTrigger>
          <SelectContent>
            {projects.map((p) => (
              <SelectItem key={p.id} value={p.id}>
                {p.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      )}
    </Field>
  );
}

export function TaskField({
  value,
  onChange,
  error,
  disabled,
  description,
  placeholder,
  className,
}: {
  value: string;
  onChange: (task: string) => void;
  error?: string;
  disabled?: boolean;
  description: string;
  placeholder?: string;
  className?: string;
}) {
  return (
    <Field label="Task" required error={error} description={description}>
      <Textarea value={value} onChange={(event) => onChange(event.target.value)} placeholder={placeholder} maxLength={MAX_TASK} className={className} disabled={disabled} />
    </Field>
  );
}

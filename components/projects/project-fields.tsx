"use client";

// The editable parts of a project (name, description, repository, facts), shared
// by the "New project" dialog and the project's Settings tab, with the same
// validation the server applies so most mistakes show before a round trip.
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { fieldErrorsOf, issuesByPath } from "@/components/shell/errors";
import { ZCreateProjectInput, type TCreateProjectInput, type TProjectSettings } from "@/server/services/projects/schemas";

import { FactCheckboxes, type TFactValues } from "./fact-checkboxes";

export type TProjectFormValues = { name: string; description: string; repositoryUrl: string; facts: TFactValues };
export type TProjectFormErrors = Partial<Record<"name" | "description" | "repositoryUrl" | "form", string>>;

export function valuesFromProject(project?: { name: string; description: string; settings: TProjectSettings }): TProjectFormValues {
  return {
    name: project?.name ?? "",
    description: project?.description ?? "",
    repositoryUrl: project?.settings.repositoryUrl ?? "",
    facts: { ...project?.settings.facts },
  };
}

/** Parse the form like the server will; `errors` is empty when `input` is good to send. */
export function parseProjectForm(values: TProjectFormValues): { input: TCreateProjectInput; errors: TProjectFormErrors } {
  const raw = {
    name: values.name,
    description: values.description,
    settings: { repositoryUrl: values.repositoryUrl.trim(), facts: values.facts },
  };
  const parsed = ZCreateProjectInput.safeParse(raw);
  if (parsed.success) return { input: parsed.data, errors: {} };
  const byPath = issuesByPath(parsed.error.issues);
  return {
    input: raw,
    errors: {
      name: byPath.name,
      description: byPath.description,
      repositoryUrl: byPath["settings.repositoryUrl"] ?? byPath.settings,
    },
  };
}

/** Server-side rejections mapped onto the fields; anything else becomes a form-level message. */
export function projectErrorsFromServer(error: unknown, message: string): TProjectFormErrors {
  const fields = fieldErrorsOf(error);
  const mapped: TProjectFormErrors = { name: fields.name, description: fields.description, repositoryUrl: fields.settings };
  return Object.values(mapped).some(Boolean) ? mapped : { form: message };
}

/** Drop the message of each field the user just edited (and the form-level one). */
export function clearChangedErrors(
  errors: TProjectFormErrors,
  before: TProjectFormValues,
  after: TProjectFormValues,
): TProjectFormErrors {
  if (!hasErrors(errors)) return errors;
  const next: TProjectFormErrors = { ...errors, form: undefined };
  if (before.name !== after.name) next.name = undefined;
  if (before.description !== after.description) next.description = undefined;
  if (before.repositoryUrl !== after.repositoryUrl) next.repositoryUrl = undefined;
  return next;
}

export function hasErrors(errors: TProjectFormErrors): boolean {
  return Object.values(errors).some(Boolean);
}

export function ProjectFields({
  values,
  errors,
  onChange,
  disabled,
  autoFocus,
}: {
  values: TProjectFormValues;
  errors: TProjectFormErrors;
  onChange: (next: TProjectFormValues) => void;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const set = <K extends keyof TProjectFormValues>(key: K, value: TProjectFormValues[K]) => onChange({ ...values, [key]: value });
  return (
    <div className="grid gap-5">
      <Field label="Name" error={errors.name} required>
        <Input
          name="name"
          value={values.name}
          onChange={(event) => set("name", event.target.value)}
          placeholder="Customer portal"
          maxLength={80}
          autoComplete="off"
          autoFocus={autoFocus}
          disabled={disabled}
        />
      </Field>
      <Field label="Description" error={errors.description} description="What are you building, for whom? Agents read this first.">
        <Textarea
          name="description"
          value={values.description}
          onChange={(event) => set("description", event.target.value)}
          placeholder="A self-service portal where customers see invoices and open support tickets."
          maxLength={2000}
          rows={3}
          disabled={disabled}
        />
      </Field>
      <Field label="Repository URL" error={errors.repositoryUrl} description="Optional. Where the code lives, e.g. on GitHub.">
        <Input
          name="repositoryUrl"
          type="url"
          inputMode="url"
          value={values.repositoryUrl}
          onChange={(event) => set("repositoryUrl", event.target.value)}
          placeholder="https://github.com/acme/customer-portal"
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
        />
      </Field>
      <FactCheckboxes value={values.facts} onChange={(facts) => set("facts", facts)} disabled={disabled} />
    </div>
  );
}

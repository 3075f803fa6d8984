"use client";

// The workflow as a whole: its name and description, and the limits every run
// of it has (step cap, default step timeout, cost cap).
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

import { withField } from "../draft-ops";
import type { TProblemIndex } from "../problem-paths";
import type { TWorkflowDefinition } from "../workflow-types";
import { NumberInput } from "./number-input";

type TLimits = TWorkflowDefinition["limits"];

export function WorkflowSettings({
  definition,
  onChange,
  problems,
  readOnly,
}: {
  definition: TWorkflowDefinition;
  onChange: (next: TWorkflowDefinition) => void;
  problems: TProblemIndex;
  readOnly: boolean;
}) {
  const errorOf = (field: string) => problems.byField(null, field)[0]?.message;
  const setLimit = <K extends keyof TLimits>(key: K, value: TLimits[K] | undefined) => onChange({ ...definition, limits: withField(definition.limits, key, value) });
  return (
    <Card aria-label="Workflow settings" role="region">
      <CardHeader>
        <CardTitle>Workflow</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-5">
        <Field label="Name" error={errorOf("name")} required>
          <Input value={definition.name} onChange={(e) => onChange({ ...definition, name: e.target.value })} readOnly={readOnly} maxLength={80} />
        </Field>
        <Field label="Description" error={errorOf("description")}>
          <Textarea value={definition.description} onChange={(e) => onChange({ ...definition, description: e.target.value })} readOnly={readOnly} rows={3} maxLength={600} />
        </Field>
        <fieldset className="grid gap-4">
          <legend className="mb-3 text-sm font-medium">Limits for each run</legend>
          <Field label="Most steps" error={errorOf("limits.maxSteps")}>
            <NumberInput value={definition.limits.maxSteps} onValueChange={(v) => setLimit("maxSteps", v)} readOnly={readOnly} placeholder="30 (default)" />
          </Field>
          <Field label="Step timeout (seconds)" error={errorOf("limits.stepTimeoutSeconds")} description="For steps without their own.">
            <NumberInput value={definition.limits.stepTimeoutSeconds} onValueChange={(v) => setLimit("stepTimeoutSeconds", v)} readOnly={readOnly} placeholder="600 (default)" />
          </Field>
          <Field label="Cost cap (USD)" error={errorOf("limits.costCapUsd")} description="Over it, the run pauses for approval.">
            <NumberInput value={definition.limits.costCapUsd} onValueChange={(v) => setLimit("costCapUsd", v)} readOnly={readOnly} placeholder="No cap" />
          </Field>
        </fieldset>
      </CardContent>
    </Card>
  );
}

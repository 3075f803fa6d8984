"use client";

// The fields of an approval gate: what the approver is asked, how long the run
// waits, and what happens when nobody decides in time.
import { Field } from "@/components/ui/field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

import { withField } from "../draft-ops";
import type { TApprovalStep } from "../workflow-types";
import { NumberInput } from "./number-input";

type TSettings = TApprovalStep["approval"];

export function ApprovalStepFields({
  step,
  onChange,
  readOnly,
  errorOf,
}: {
  step: TApprovalStep;
  onChange: (next: TApprovalStep) => void;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
}) {
  const set = <K extends keyof TSettings>(key: K, value: TSettings[K] | undefined) => onChange({ ...step, approval: withField(step.approval, key, value) });
  return (
    <>
      <Field label="Approval prompt" error={errorOf("approval.prompt")} description="What the approver should check before the run goes on.">
        <Textarea value={step.approval.prompt} onChange={(e) => set("prompt", e.target.value)} readOnly={readOnly} rows={3} maxLength={2000} />
      </Field>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label="Wait for (hours)" error={errorOf("approval.timeoutHours")}>
          <NumberInput value={step.approval.timeoutHours} onValueChange={(v) => set("timeoutHours", v)} readOnly={readOnly} placeholder="72 (default)" />
        </Field>
        <Field label="If nobody decides" error={errorOf("approval.onTimeout")}>
          {(control) => (
            <Select value={step.approval.onTimeout ?? "reject"} onValueChange={(v) => set("onTimeout", v as TSettings["onTimeout"])} disabled={readOnly}>
              <SelectTrigger {...control}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="reject">Reject (the run ends)</SelectItem>
                <SelectItem value="approve">Approve (the run goes on)</SelectItem>
              </SelectContent>
            </Select>
          )}
        </Field>
      </div>
    </>
  );
}

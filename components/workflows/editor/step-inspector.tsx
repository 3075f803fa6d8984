"use client";

// The selected step's properties: id, title and group, what it runs (agent or
// approval fields), what it waits for, and when it runs. Changes apply to the
// draft at once; the server's problems for each field show under it.
import { Bot, MousePointerClick, ShieldCheck, Trash2 } from "lucide-react";

import { PickerChips, type TPickOption } from "@/components/agents/custom/chip-inputs";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

import { withField } from "../draft-ops";
import type { TProblemIndex } from "../problem-paths";
import type { TAgentSummary, TWorkflowDefinition, TWorkflowStep } from "../workflow-types";
import { AgentStepFields } from "./agent-step-fields";
import { ApprovalStepFields } from "./approval-step-fields";
import { ChipList } from "./chip-list";
import { ConditionField } from "./condition-field";
import { StepIdField } from "./step-id-field";

/** Fields the inspector shows a step's problems under. */
const shownFields = ["id", "title", "agent", "agentVersion", "task", "inputs", "tier", "model", "timeoutSeconds", "approval", "dependsOn", "when", "group"];

export function NoStepSelected({ count }: { count: number }) {
  return (
    <Card className="border-dashed bg-transparent shadow-none">
      <CardContent className="flex min-h-40 flex-col items-center justify-center gap-2 text-center">
        <MousePointerClick className="size-5 text-muted-foreground" aria-hidden />
        <p className="text-sm font-medium">{count > 1 ? `${count} steps selected` : "Select a step to edit it"}</p>
        <p className="max-w-xs text-[13px] text-muted-foreground">
          {count > 1
            ? "Press Delete to remove them, or select one to see its properties."
            : "Click a step on the canvas. Drag from a step’s right edge to another step to make it wait for the first."}
        </p>
      </CardContent>
    </Card>
  );
}

export function StepInspector({
  step,
  definition,
  agents,
  deliverableOptions,
  problems,
  readOnly,
  onChange,
  onRename,
  onRemove,
}: {
  step: TWorkflowStep;
  definition: TWorkflowDefinition;
  agents: TAgentSummary[];
  deliverableOptions: TPickOption[];
  problems: TProblemIndex;
  readOnly: boolean;
  onChange: (next: TWorkflowStep) => void;
  onRename: (to: string) => void;
  onRemove: () => void;
}) {
  const errorOf = (field: string) => problems.byField(step.id, field)[0]?.message;
  const others = definition.steps.filter((s) => s.id !== step.id);
  const stepOptions = others.map((s) => ({ value: s.id, label: s.title ?? s.id, hint: s.title }));
  const gate = step.kind === "approval";
  const Icon = gate ? ShieldCheck : Bot;
  const general = problems.unplaced(step.id, shownFields);

  return (
    <Card aria-label={`Step ${step.id}`} role="region">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Icon className={gate ? "size-4 text-warning" : "size-4 text-muted-foreground"} aria-hidden />
          <span className="truncate">{step.title ?? step.id}</span>
        </CardTitle>
        <CardDescription>{gate ? "Approval gate: the run pauses here until someone approves." : "Agent step"}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {general.length ? (
          <ul className="grid gap-1 rounded-md border border-destructive/30 bg-destructive/[0.06] px-3 py-2 text-[13px] text-destructive">
            {general.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        ) : null}
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <StepIdField value={step.id} taken={others.map((s) => s.id)} onRename={onRename} readOnly={readOnly} error={errorOf("id")} />
          <Field label="Title" error={errorOf("title")}>
            <Input value={step.title ?? ""} onChange={(e) => onChange(withField(step, "title", e.target.value || undefined))} readOnly={readOnly} maxLength={120} placeholder={step.id} />
          </Field>
        </div>
        {step.kind === "agent" ? (
          <AgentStepFields
            step={step}
            onChange={onChange}
            agents={agents}
            deliverableOptions={deliverableOptions}
            defaultTimeout={definition.limits.stepTimeoutSeconds ?? 600}
            readOnly={readOnly}
            errorOf={errorOf}
          />
        ) : (
          <ApprovalStepFields step={step} onChange={onChange} readOnly={readOnly} errorOf={errorOf} />
        )}
        <Field label="Waits for" error={errorOf("dependsOn")}>
          {(control) =>
            readOnly ? (
              <ChipList items={step.dependsOn} label="Waits for" empty="Nothing: starts as soon as the run does." />
            ) : (
              <PickerChips
                value={step.dependsOn}
                onChange={(next) => onChange({ ...step, dependsOn: next })}
                options={stepOptions}
                placeholder="Add a step to wait for…"
                itemLabel="dependency"
                control={control}
                emptyText="Nothing: starts as soon as the run does."
              />
            )
          }
        </Field>
        <ConditionField value={step.when} onChange={(next) => onChange(withField(step, "when", next))} upstream={step.dependsOn} disabled={readOnly} error={errorOf("when")} />
        <Field label="Group" error={errorOf("group")} description="A label for display, e.g. Build; it does not change the order.">
          <Input value={step.group ?? ""} onChange={(e) => onChange(withField(step, "group", e.target.value || undefined))} readOnly={readOnly} maxLength={60} />
        </Field>
        {readOnly ? null : (
          <div className="flex justify-end border-t pt-4">
            <Button variant="outline" size="sm" className="text-destructive hover:bg-destructive/10 hover:text-destructive" onClick={onRemove}>
              <Trash2 aria-hidden />
              Remove step
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

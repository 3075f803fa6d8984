"use client";

// The fields only an agent step has: which agent (and version), the step's
// task, the deliverables it cannot work without, a tier or model override and
// a timeout.
import { PickerChips, type TPickOption } from "@/components/agents/custom/chip-inputs";
import { categoryOrder, categoryTitles, tierLabels } from "@/components/agents/agent-meta";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { modelTierIds } from "@/server/models/tiers";

import { withField } from "../draft-ops";
import type { TAgentStep, TAgentSummary } from "../workflow-types";
import { ChipList } from "./chip-list";
import { NumberInput } from "./number-input";

const DEFAULT_TIER = "__agent_default__";

export function AgentStepFields({
  step,
  onChange,
  agents,
  deliverableOptions,
  defaultTimeout,
  readOnly,
  errorOf,
}: {
  step: TAgentStep;
  onChange: (next: TAgentStep) => void;
  agents: TAgentSummary[];
  deliverableOptions: TPickOption[];
  defaultTimeout: number;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
}) {
  const set = <K extends keyof TAgentStep>(key: K, value: TAgentStep[K] | undefined) => onChange(withField(step, key, value));
  const agent = agents.find((a) => a.id === step.agent);
  const versions = agent?.custom ? Array.from({ length: agent.custom.version }, (_, i) => agent.custom!.version - i) : [];
  if (typeof step.agentVersion === "number" && !versions.includes(step.agentVersion)) versions.unshift(step.agentVersion);

  function changeAgent(id: string) {
    const next = agents.find((a) => a.id === id);
    // A title that was the old agent's name follows the new agent.
    const title = step.title === undefined || step.title === agent?.name ? next?.name : step.title;
    onChange(withField({ ...step, agent: id, agentVersion: "latest" }, "title", title));
  }

  return (
    <>
      <div className="grid items-start gap-4 sm:grid-cols-[minmax(0,1fr)_9rem]">
        <Field label="Agent" error={errorOf("agent")}>
          {(control) => (
            <Select value={step.agent} onValueChange={changeAgent} disabled={readOnly}>
              <SelectTrigger {...control}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent className="max-h-80">
                {agent ? null : (
                  <SelectItem value={step.agent} textValue={step.agent}>
                    <span className="font-mono text-xs">{step.agent}</span> <span className="text-xs text-destructive">unknown</span>
                  </SelectItem>
                )}
                {categoryOrder.map((category) => (
                  <SelectGroup key={category}>
                    <SelectLabel>{categoryTitles[category]}</SelectLabel>
                    {agents
                      .filter((a) => a.category === category)
                      .map((a) => (
                        <SelectItem key={a.id} value={a.id} textValue={a.name}>
                          {a.custom ? `${a.name} (custom)` : a.name}
                        </SelectItem>
                      ))}
                  </SelectGroup>
                ))}
              </SelectContent>
            </Select>
          )}
        </Field>
        <Field label="Agent version" error={errorOf("agentVersion")}>
          {(control) => (
            <Select value={String(step.agentVersion)} onValueChange={(v) => set("agentVersion", v === "latest" ? "latest" : Number(v))} disabled={readOnly || versions.length === 0}>
              <SelectTrigger {...control} title={versions.length === 0 ? "Built-in agents have one version: the latest" : undefined}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="latest">Latest</SelectItem>
                {versions.map((v) => (
                  <SelectItem key={v} value={String(v)}>
                    Version {v}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </Field>
      </div>
      <Field
        label="Task"
        error={errorOf("task")}
        description={
          <>
            Extra instructions for this step, added to the agent&apos;s prompt. May use <code className="font-mono text-[11px]">{"{{task}}"}</code>,{" "}
            <code className="font-mono text-[11px]">{"{{project.name}}"}</code>…
          </>
        }
      >
        <Textarea value={step.task ?? ""} onChange={(e) => set("task", e.target.value || undefined)} readOnly={readOnly} rows={3} maxLength={8000} />
      </Field>
      <Field label="Inputs" error={errorOf("inputs")} description={step.inputs ? "The deliverables this step cannot start without." : undefined}>
        {(control) =>
          step.inputs && readOnly ? (
            <ChipList items={step.inputs} label="Inputs" empty="None: the step needs only the task." />
          ) : step.inputs ? (
            <div className="grid gap-1.5">
              <PickerChips
                value={step.inputs}
                onChange={(next) => set("inputs", next)}
                options={deliverableOptions}
                placeholder="Add a deliverable type…"
                itemLabel="input"
                control={control}
                emptyText="None: the step needs only the task."
              />
              {readOnly ? null : (
                <Button variant="link" size="sm" className="justify-self-start text-xs" onClick={() => set("inputs", undefined)}>
                  Use the agent&apos;s inputs again
                </Button>
              )}
            </div>
          ) : (
            <div className="flex flex-wrap items-center gap-2 text-[13px] text-muted-foreground">
              <span>
                The agent&apos;s own:{" "}
                {agent?.inputs.length ? <span className="font-mono text-xs text-foreground/80">{agent.inputs.join(", ")}</span> : "just the task"}
              </span>
              {readOnly ? null : (
                <Button {...control} variant="outline" size="sm" className="h-7 text-xs" onClick={() => set("inputs", [...(agent?.inputs ?? [])])}>
                  Choose inputs
                </Button>
              )}
            </div>
          )
        }
      </Field>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label="Model tier" error={errorOf("tier")}>
          {(control) => (
            <Select value={step.tier ?? DEFAULT_TIER} onValueChange={(v) => set("tier", v === DEFAULT_TIER ? undefined : (v as TAgentStep["tier"]))} disabled={readOnly}>
              <SelectTrigger {...control}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={DEFAULT_TIER}>Agent default{agent ? ` (${tierLabels[agent.modelTier]})` : ""}</SelectItem>
                {modelTierIds.map((tier) => (
                  <SelectItem key={tier} value={tier}>
                    {tierLabels[tier]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </Field>
        <Field label="Timeout (seconds)" error={errorOf("timeoutSeconds")}>
          <NumberInput value={step.timeoutSeconds} onValueChange={(v) => set("timeoutSeconds", v)} readOnly={readOnly} placeholder={`${defaultTimeout} (default)`} />
        </Field>
      </div>
      <Field label="Model override" error={errorOf("model")}>
        <Input
          value={step.model ?? ""}
          onChange={(e) => set("model", e.target.value.trim() || undefined)}
          readOnly={readOnly}
          placeholder={readOnly ? "None" : "openai:gpt-5-mini"}
          spellCheck={false}
          className="font-mono text-[13px]"
        />
      </Field>
    </>
  );
}

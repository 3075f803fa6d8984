"use client";

// The left half of the editor: what the agent is (name, description, category,
// model tier, capabilities), what it consumes and produces, whom it hands off
// to, and the tools it may call.
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { agentCategories, modelTiers } from "@/server/agents/definition-schema";

import { categoryDescriptions, categoryLabels, tierDescriptions, tierLabels } from "../agent-meta";
import { controlId, type TAgentDraft, type TDraftErrors } from "./agent-draft";
import { FreeChipsInput, PickerChips, type TPickOption } from "./chip-inputs";
import { OutputsEditor } from "./outputs-editor";
import { ToolsEditor } from "./tools-editor";

export type TMetadataProps = {
  draft: TAgentDraft;
  onChange: (patch: Partial<TAgentDraft>) => void;
  errors: TDraftErrors;
  /** While publishing, or when the role can't edit. */
  disabled?: boolean;
  /** The role can't edit: text stays readable (read-only) rather than greyed out. */
  readOnly?: boolean;
  /** Deliverable types some agent in the workspace produces. */
  deliverableOptions: TPickOption[];
  /** Agents it may hand off to. */
  agentOptions: TPickOption[];
};

export function DetailsCard({ draft, onChange, errors, disabled, readOnly }: TMetadataProps) {
  const text = { readOnly, disabled: disabled && !readOnly };
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
        <CardDescription>How the agent shows in the catalogue, and which model runs it.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <Field label="Name" id={controlId("name")} error={errors.name} required>
          <Input value={draft.name} onChange={(event) => onChange({ name: event.target.value })} maxLength={60} {...text} />
        </Field>
        <Field
          label="Description"
          id={controlId("description")}
          error={errors.description}
          description={`One paragraph: what it does, what it produces, when a workflow should use it. ${draft.description.trim().length}/400`}
          required
        >
          <Textarea
            value={draft.description}
            onChange={(event) => onChange({ description: event.target.value })}
            rows={4}
            maxLength={400}
            {...text}
          />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label="Category" id={controlId("category")} error={errors.category} description={categoryDescriptions[draft.category]}>
            {(control) => (
              <Select value={draft.category} onValueChange={(value) => onChange({ category: value as TAgentDraft["category"] })} disabled={disabled}>
                <SelectTrigger {...control}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {agentCategories.map((category) => (
                    <SelectItem key={category} value={category}>
                      {categoryLabels[category]}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          </Field>
          <Field label="Model tier" id={controlId("modelTier")} error={errors.modelTier} description={tierDescriptions[draft.modelTier]}>
            {(control) => (
              <Select value={draft.modelTier} onValueChange={(value) => onChange({ modelTier: value as TAgentDraft["modelTier"] })} disabled={disabled}>
                <SelectTrigger {...control}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {modelTiers.map((tier) => (
                    <SelectItem key={tier} value={tier}>
                      {tierLabels[tier]}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          </Field>
        </div>
        <Field
          label="Capabilities"
          id={controlId("capabilities")}
          error={errors.capabilities}
          description="At least three. Press Enter or type a comma after each; the catalogue filters on them."
        >
          {(control) => (
            <FreeChipsInput
              value={draft.capabilities}
              onChange={(capabilities) => onChange({ capabilities })}
              disabled={disabled}
              placeholder="e.g. api-design, threat-modelling"
              itemLabel="capability"
              control={control}
            />
          )}
        </Field>
      </CardContent>
    </Card>
  );
}

export function ConnectionsCard({ draft, onChange, errors, disabled, deliverableOptions, agentOptions }: TMetadataProps) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Inputs and outputs</CardTitle>
        <CardDescription>What it needs from upstream agents, what it produces, and whom it hands off to.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <Field
          label="Dependencies"
          id={controlId("dependencies")}
          error={errors.dependencies}
          description="Deliverables it reads. A run schedules it after the agents that produce them."
        >
          {(control) => (
            <PickerChips
              value={draft.dependencies}
              onChange={(dependencies) => onChange({ dependencies })}
              options={deliverableOptions}
              disabled={disabled}
              placeholder="Add a deliverable…"
              itemLabel="dependency"
              emptyText="None: it starts from the task alone."
              control={control}
            />
          )}
        </Field>
        <OutputsEditor value={draft.outputs} onChange={(outputs) => onChange({ outputs })} errors={errors} disabled={disabled} />
        <Field
          label="Hands off to"
          id={controlId("nextAgents")}
          error={errors.nextAgents}
          description="Agents that usually come next. Its handoff note is written for them."
        >
          {(control) => (
            <PickerChips
              value={draft.nextAgents}
              onChange={(nextAgents) => onChange({ nextAgents })}
              options={agentOptions}
              disabled={disabled}
              placeholder="Add an agent…"
              itemLabel="next agent"
              emptyText="Nobody: it is the last step."
              control={control}
            />
          )}
        </Field>
      </CardContent>
    </Card>
  );
}

export function ToolsCard({ draft, onChange, errors, disabled }: TMetadataProps) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Tools</CardTitle>
        <CardDescription>The workspace&apos;s tool policy can narrow these further at run time.</CardDescription>
      </CardHeader>
      <CardContent>
        <ToolsEditor value={draft.tools} onChange={(tools) => onChange({ tools })} errors={errors} disabled={disabled} />
      </CardContent>
    </Card>
  );
}

"use client";

// The eight prompt sections as monospace text areas. The Task template offers
// the placeholders the renderer knows as chips that insert at the cursor, and
// says at once when it holds one the renderer would not fill.
import { useRef } from "react";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { agentSections, templatePlaceholders, type TAgentSection } from "@/server/agents/definition-schema";

import { controlId, type TAgentDraft, type TDraftErrors } from "./agent-draft";

const hints: Record<TAgentSection, string> = {
  Role: "Who the agent is, what it owns and what it leaves to other agents.",
  Expertise: "The technologies, standards and techniques it knows well.",
  Methodology: "The steps it follows, in order.",
  "System instructions": "Rules that hold for every task.",
  "Task template": "Becomes the user message of every run. Click a placeholder to insert it at the cursor.",
  "How to use the context": "How to weigh upstream deliverables, handoffs and memory.",
  "Output format": "The exact shape of what it returns.",
  Handoff: "What it tells the next agents when it finishes.",
};

const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/g;
const known = new Set<string>(templatePlaceholders);

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

const misplaced = "Placeholders like {{task}} only work in the Task template; publishing will be refused.";

const textareaClassName = "min-h-28 max-h-[28rem] overflow-y-auto font-mono text-[13px] leading-relaxed";

function TaskTemplateField({
  value,
  onChange,
  error,
  disabled,
  readOnly,
}: {
  value: string;
  onChange: (next: string) => void;
  error?: string;
  disabled?: boolean;
  readOnly?: boolean;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const used = new Set(placeholdersIn(value));
  const unknown = [...used].filter((p) => !known.has(p));

  function insert(placeholder: string) {
    const area = ref.current;
    if (!area) return;
    const token = `{{${placeholder}}}`;
    const start = area.selectionStart ?? value.length;
    const end = area.selectionEnd ?? start;
    onChange(value.slice(0, start) + token + value.slice(end));
    const caret = start + token.length;
    // After React has written the new value, put the cursor after the insertion.
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(caret, caret);
    });
  }

  const warning = unknown.length
    ? `The renderer doesn't know ${unknown.map((p) => `{{${p}}}`).join(", ")}; publishing will be refused.`
    : null;

  return (
    <Field label="Task template" id={controlId("sections.Task template")} error={error ?? warning} description={hints["Task template"]}>
      {(control) => (
        <div className="grid gap-2">
          <div role="group" aria-label="Insert a placeholder" className={cn("flex flex-wrap gap-1.5", readOnly && "hidden")}>
            {templatePlaceholders.map((placeholder) => (
              <button
                key={placeholder}
                type="button"
                disabled={disabled}
                onClick={() => insert(placeholder)}
                aria-label={`Insert {{${placeholder}}}`}
                title={used.has(placeholder) ? "Already used in the template; click to insert again" : "Insert at the cursor"}
                className={cn(
                  "inline-flex h-6 items-center rounded-md border px-1.5 font-mono text-[11px] outline-none transition-colors",
                  "hover:border-primary/40 hover:bg-primary/10 hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring",
                  "disabled:pointer-events-none disabled:opacity-50",
                  used.has(placeholder) ? "border-primary/30 bg-primary/[0.07] text-foreground" : "bg-background text-muted-foreground dark:bg-input/20",
                )}
              >
                {`{{${placeholder}}}`}
              </button>
            ))}
          </div>
          <Textarea
            ref={ref}
            {...control}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            disabled={disabled}
            readOnly={readOnly}
            spellCheck={false}
            className={textareaClassName}
          />
        </div>
      )}
    </Field>
  );
}

export function SectionsCard({
  draft,
  onChange,
  errors,
  disabled,
  readOnly,
}: {
  draft: TAgentDraft;
  onChange: (patch: Partial<TAgentDraft>) => void;
  errors: TDraftErrors;
  /** While publishing. */
  disabled?: boolean;
  /** The role can't edit: readable, not greyed out. */
  readOnly?: boolean;
}) {
  const set = (name: TAgentSection, text: string) => onChange({ sections: { ...draft.sections, [name]: text } });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Prompt</CardTitle>
        <CardDescription>
          Markdown. Every section except the task template goes into the system prompt, in this order. Each needs at least 20
          characters.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {agentSections.map((name) =>
          name === "Task template" ? (
            <TaskTemplateField
              key={name}
              value={draft.sections[name]}
              onChange={(text) => set(name, text)}
              error={errors[`sections.${name}`]}
              disabled={disabled}
              readOnly={readOnly}
            />
          ) : (
            <Field
              key={name}
              label={name}
              id={controlId(`sections.${name}`)}
              error={errors[`sections.${name}`] ?? (placeholdersIn(draft.sections[name]).length > 0 ? misplaced : undefined)}
              description={hints[name]}
            >
              <Textarea
                value={draft.sections[name]}
                onChange={(event) => set(name, event.target.value)}
                disabled={disabled}
                readOnly={readOnly}
                spellCheck={false}
                className={textareaClassName}
              />
            </Field>
          ),
        )}
      </CardContent>
    </Card>
  );
}

"use client";

// Validation as you edit: the definition (visual view) or the text (text view)
// goes to workflow.validate a moment after the last change, and the answer is
// kept with the source it was for, so a late answer for older input never
// passes for the current one. While a check is on its way the last answer's
// problems stay on screen (marked as checking) instead of flickering away.
import { useEffect, useRef, useState } from "react";

import { useTRPCClient } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { canonicalJson } from "./draft-ops";
import type { TWorkflowDefinition, TWorkflowProblem, TWorkflowTextFormat } from "./workflow-types";

export type TValidationSource = { definition: TWorkflowDefinition } | { text: string; format: TWorkflowTextFormat };

type TOutcome =
  | { ok: true; definition: TWorkflowDefinition; order: string[][] }
  | { ok: false; problems: TWorkflowProblem[] }
  | { ok: false; error: string; problems: [] };

export type TValidation = {
  status: "checking" | "valid" | "invalid" | "error";
  /** Problems of the latest answer (possibly for slightly older input while checking). */
  problems: TWorkflowProblem[];
  /** The step ids of the definition the problems were found in, to map "steps.2" to a step. */
  problemSteps: { id: string; dependsOn: string[] }[];
  /** Stages (topological layers) when valid. */
  order: string[][] | null;
  /** The parsed definition when valid (what the text means). */
  definition: TWorkflowDefinition | null;
  error: string | null;
  retry: () => void;
};

const DEBOUNCE_MS = 350;

export function useLiveValidation(source: TValidationSource, enabled = true): TValidation {
  const client = useTRPCClient();
  const { workspace } = useWorkspace();
  const key = "text" in source ? `${source.format}:${source.text}` : canonicalJson(source.definition);
  const [answer, setAnswer] = useState<{ key: string; outcome: TOutcome; steps: TValidation["problemSteps"] } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef<string | null>(null);
  const sourceRef = useRef(source);
  useEffect(() => {
    sourceRef.current = source;
  });

  useEffect(() => {
    if (!enabled) return;
    const first = latest.current === null;
    latest.current = key;
    const requested = sourceRef.current;
    const steps = "definition" in requested ? requested.definition.steps.map((s) => ({ id: s.id, dependsOn: s.dependsOn })) : [];
    const timer = window.setTimeout(
      () => {
        client.workflow.validate
          .mutate({ workspaceSlug: workspace.slug, ...requested })
          .then(
            (result): TOutcome => result,
            (error: unknown): TOutcome => ({ ok: false, error: errorMessage(error), problems: [] }),
          )
          .then((outcome) => {
            if (latest.current !== key) return;
            const parsedSteps = outcome.ok ? outcome.definition.steps.map((s) => ({ id: s.id, dependsOn: s.dependsOn })) : steps;
            setAnswer({ key, outcome, steps: parsedSteps });
          });
      },
      first ? 0 : DEBOUNCE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [key, enabled, attempt, client, workspace.slug]);

  const current = answer?.key === key;
  const outcome = answer?.outcome;
  let status: TValidation["status"] = "checking";
  if (current && outcome) status = outcome.ok ? "valid" : "error" in outcome ? "error" : "invalid";
  return {
    status,
    problems: outcome && !outcome.ok ? outcome.problems : [],
    problemSteps: answer?.steps ?? [],
    order: current && outcome?.ok ? outcome.order : null,
    definition: current && outcome?.ok ? outcome.definition : null,
    error: current && outcome && "error" in outcome ? outcome.error : null,
    retry: () => setAttempt((n) => n + 1),
  };
}

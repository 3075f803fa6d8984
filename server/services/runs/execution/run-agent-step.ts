// One agent step of a run: gather upstream deliverables and handoffs, render
// the agent's prompt, call the model gateway (streaming tokens to the run
// page), parse the answer into deliverables and handoffs (one repair when it
// does not follow the response contract), and keep them. A step that already
// succeeded returns at once, so a retried step never writes twice.
import { parseAgentResponse } from "@/server/agents/parse-response";
import { fillTemplate, renderPrompt } from "@/server/agents/render-prompt";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { getGateway } from "@/server/models/gateway";
import { retrieveMemory } from "@/server/services/memory/retrieve-memory";
import type { TModelCallSuccess, TModelToolSpec } from "@/server/models/types";
import type { ModelMessage } from "ai";
import { publishProgress } from "@/server/runs/progress-bus";
import type { TAgentStep } from "@/server/workflows/definition/definition-schema";
import type { TRunPlan } from "./load-run-plan";
import { markStep } from "./run-state";
import { stepInputs } from "./step-inputs";
import { openStepToolbox } from "./step-toolbox";
import { storeStepOutput } from "./store-step-output";

export type TAgentStepOutcome =
  | { status: "succeeded"; offline: boolean; costUsd: number }
  | { status: "budget_exceeded"; message: string }
  /** A tool call the policy says a person must approve: the exact call is in the message. */
  | { status: "tool_approval"; message: string }
  | { status: "failed"; error: string };

/** Model ↔ tool rounds in one step: the answer after the last round must be the deliverables. */
export const MAX_TOOL_ROUNDS = 8;

type TOverride = { prompt?: string; model?: string; input?: string; budgetApproved?: boolean };

const MAX_OUTPUT_TOKENS = 8_192;
/** Recall looks for what the start of the request is about; a diff chunk in the instructions need not be embedded whole. */
const RECALL_QUERY_CHARS = 2_000;

/** A step's own instructions may use the run's placeholders. */
const fill = (text: string, plan: TRunPlan) =>
  fillTemplate(text, { task: plan.task, "project.name": plan.project.name, "project.description": plan.project.description, "workspace.name": plan.workspace.name });

export async function runAgentStep(plan: TRunPlan, step: TAgentStep, upstream: string[], signal: AbortSignal): Promise<TAgentStepOutcome> {
  const ref = { runId: plan.runId, workspaceId: plan.workspaceId };
  const db = await getDb();
  const row = await db.runStep.findFirst({ where: { ...ref, stepId: step.id } });
  if (row?.status === "succeeded") return { status: "succeeded", offline: row.offline, costUsd: Number(row.costMicros) / 1e6 };
  const override = (row?.override ?? {}) as TOverride;
  const agent = plan.agents[step.id]?.definition;
  if (!agent) return { status: "failed", error: `No agent was resolved for step "${step.id}".` };

  await markStep(ref, step.id, { status: "running", startedAt: new Date(), attemptsIncrement: true, error: null });
  const { inputs, handoffs } = await stepInputs(plan.runId, plan.workspaceId, agent.id, upstream);
  const instructions = override.prompt ?? step.task;
  // What earlier runs on this project decided and delivered, cited by id.
  const recalled = await retrieveMemory(
    { workspaceId: plan.workspaceId, actor: null },
    { projectId: plan.projectId, query: `${agent.name}: ${plan.task}\n${instructions ?? ""}`.slice(0, RECALL_QUERY_CHARS), topK: 6, budgetTokens: 1_500, excludeRunId: plan.runId },
  );
  const memory = recalled.items.map((m) => ({ kind: m.kind, content: `${m.title}: ${m.content}`, score: m.score, source: `mem:${m.id}${m.source.agentId ? ` · ${m.source.agentId}` : ""}` }));
  const task = [plan.task, instructions ? `\n## Instructions for this step\n\n${fill(instructions, plan)}` : "", override.input ? `\n## Additional input\n\n${override.input}` : ""].join("");
  const prompt = renderPrompt({ agent, task, project: plan.project, workspace: plan.workspace, inputs, handoffs, memory });

  const timeout = AbortSignal.timeout((step.timeoutSeconds ?? plan.definition.limits.stepTimeoutSeconds) * 1000);
  const toolbox = await openStepToolbox({ ...ref, stepId: step.id, agentId: agent.id }, signal);
  const call = (messages: ModelMessage[], purpose: "agent" | "repair", tools?: TModelToolSpec[]) =>
    getGateway().callModel({
      tools,
      workspaceId: plan.workspaceId,
      projectId: plan.projectId,
      runId: plan.runId,
      stepId: step.id,
      agentId: agent.id,
      purpose,
      tier: step.tier ?? agent.modelTier,
      model: override.model ?? step.model,
      system: prompt.system,
      messages,
      maxOutputTokens: MAX_OUTPUT_TOKENS,
      signal: AbortSignal.any([signal, timeout]),
      runBudgetUsd: override.budgetApproved ? null : plan.definition.limits.costCapUsd,
      onDelta: (text) => publishProgress({ type: "delta", runId: plan.runId, stepId: step.id, text }),
      onAttempt: (a) => a.outcome !== "ok" && publishProgress({ type: "attempt", runId: plan.runId, stepId: step.id, message: `${a.ref}: ${a.message ?? a.outcome}` }),
    });

  const spent: TModelCallSuccess[] = [];
  try {
    // With tools: the model calls them (each decided by the policy, recorded, replayed on a re-run) until it answers.
    let conversation: ModelMessage[] = prompt.messages;
    let first: TModelCallSuccess | null = null;
    let calls = 0;
    for (let round = 0; ; round++) {
      const offered = toolbox && round < MAX_TOOL_ROUNDS ? toolbox.specs : undefined;
      const answer = await call(conversation, "agent", offered);
      if (!answer.ok) {
        await markStep(ref, step.id, { status: "waiting_approval", error: answer.message });
        return { status: "budget_exceeded", message: answer.message };
      }
      spent.push(answer);
      if (!toolbox || !offered || answer.toolCalls.length === 0) {
        first = answer;
        break;
      }
      const results = [];
      for (const toolCall of answer.toolCalls) {
        const outcome = await toolbox.execute(toolCall, calls++);
        if (outcome.kind === "approval") {
          await markStep(ref, step.id, { status: "waiting_approval", error: null });
          return { status: "tool_approval", message: outcome.prompt };
        }
        results.push({
          type: "tool-result" as const,
          toolCallId: toolCall.toolCallId,
          toolName: toolCall.toolName,
          output: outcome.isError ? { type: "error-text" as const, value: outcome.text } : { type: "text" as const, value: outcome.text },
        });
      }
      conversation = [...conversation, ...answer.responseMessages, { role: "tool", content: results }];
    }
    let parsed = parseAgentResponse(first.text, agent);
    if (parsed.problems.length > 0) {
      const repair = await call(
        [...conversation, { role: "assistant", content: first.text }, { role: "user", content: `Your answer does not follow the response format:\n${parsed.problems.map((p) => `- ${p}`).join("\n")}\nAnswer again, complete, in exactly the required blocks.` }],
        "repair",
      );
      if (!repair.ok) {
        await markStep(ref, step.id, { status: "waiting_approval", error: repair.message });
        return { status: "budget_exceeded", message: repair.message };
      }
      spent.push(repair);
      parsed = parseAgentResponse(repair.text, agent);
      if (parsed.problems.length > 0) throw new AppError("MODEL_OUTPUT_INVALID", `The answer did not follow the response format after one repair: ${parsed.problems.join(" ")}`);
    }
    const outputNames = Object.fromEntries(agent.outputs.map((o) => [o.type, o.name]));
    await storeStepOutput({ ...ref, stepId: step.id, agentId: agent.id, phase: step.group ?? step.id, project: plan.project.name, outputNames }, parsed);
    const last = spent[spent.length - 1]!;
    const totals = spent.reduce((t, c) => ({ input: t.input + c.usage.inputTokens, output: t.output + c.usage.outputTokens, cost: t.cost + c.costUsd }), { input: 0, output: 0, cost: 0 });
    await db.runStep.updateMany({
      where: { ...ref, stepId: step.id },
      data: { status: "succeeded", finishedAt: new Date(), error: null, model: last.ref, offline: last.offline, inputTokens: totals.input, outputTokens: totals.output, costMicros: BigInt(Math.round(totals.cost * 1e6)), agentVersion: plan.agents[step.id]?.version ?? null },
    });
    publishProgress({ type: "changed", runId: plan.runId, stepId: step.id });
    return { status: "succeeded", offline: last.offline, costUsd: totals.cost };
  } catch (error) {
    if (signal.aborted) throw error; // cancelled: the engine records it
    const message = timeout.aborted ? `The step did not finish within its time limit.` : error instanceof Error ? error.message : String(error);
    await markStep(ref, step.id, { status: "failed", error: message.slice(0, 2000), finishedAt: new Date() });
    return { status: "failed", error: message };
  }
}

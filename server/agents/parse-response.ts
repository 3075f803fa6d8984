// Parse an agent's answer (the response contract in response-contract.ts) into
// deliverables and handoffs, and say precisely what is missing or malformed so
// the workflow engine can ask the model to repair it once.
import type { TAgentMetadata } from "./definition-schema";

export type TParsedDeliverable = { type: string; format: string; path: string | null; content: string };
export type TParsedHandoff = { to: string; summary: string; nextTasks: string[] };
export type TParsedResponse = { deliverables: TParsedDeliverable[]; handoffs: TParsedHandoff[]; problems: string[] };

const BLOCK = /<(deliverable|handoff)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const ATTR = /(\w+)="([^"]*)"/g;

function attributes(raw: string): Record<string, string> {
  return Object.fromEntries([...raw.matchAll(ATTR)].map((m) => [m[1]!, m[2]!]));
}

/** Models often wrap a block's body in a code fence; the deliverable is what is inside. */
function unfence(content: string): string {
  const trimmed = content.trim();
  const fenced = /^```[\w-]*\n([\s\S]*?)\n```$/.exec(trimmed);
  return fenced ? fenced[1]! : trimmed;
}

function parseHandoff(body: string): Omit<TParsedHandoff, "to"> {
  const summary = /summary:\s*([\s\S]*?)(?:\n\s*next_tasks:|$)/i.exec(body)?.[1]?.trim() ?? "";
  const tasksBlock = /next_tasks:\s*\n([\s\S]*)$/i.exec(body)?.[1] ?? "";
  const nextTasks = tasksBlock
    .split("\n")
    .map((line) => /^\s*[-*]\s+(.+)$/.exec(line)?.[1]?.trim())
    .filter((t): t is string => Boolean(t));
  return { summary, nextTasks };
}

export function parseAgentResponse(text: string, agent: Pick<TAgentMetadata, "outputs" | "nextAgents">): TParsedResponse {
  const deliverables: TParsedDeliverable[] = [];
  const handoffs: TParsedHandoff[] = [];
  const problems: string[] = [];
  const declared = new Map(agent.outputs.map((o) => [o.type, o]));

  for (const match of text.matchAll(BLOCK)) {
    const attrs = attributes(match[2]!);
    const body = match[3]!;
    if (match[1] === "deliverable") {
      const output = attrs.type ? declared.get(attrs.type) : undefined;
      if (!output) {
        problems.push(`<deliverable type="${attrs.type ?? ""}"> is not one of this agent's outputs (${[...declared.keys()].join(", ")}).`);
        continue;
      }
      if (deliverables.some((d) => d.type === output.type)) {
        problems.push(`<deliverable type="${output.type}"> appears more than once.`);
        continue;
      }
      const content = unfence(body);
      if (content.length < 20) problems.push(`<deliverable type="${output.type}"> is empty.`);
      else deliverables.push({ type: output.type, format: output.format, path: attrs.path || output.path || null, content });
    } else {
      const to = attrs.to ?? "";
      if (!agent.nextAgents.includes(to)) {
        if (agent.nextAgents.length > 0) problems.push(`<handoff to="${to}"> names an agent this one does not hand off to (${agent.nextAgents.join(", ")}).`);
        continue;
      }
      handoffs.push({ to, ...parseHandoff(body) });
    }
  }
  for (const type of declared.keys()) {
    if (!deliverables.some((d) => d.type === type) && !problems.some((p) => p.includes(`"${type}"`))) {
      problems.push(`The <deliverable type="${type}"> block is missing.`);
    }
  }
  return { deliverables, handoffs, problems };
}

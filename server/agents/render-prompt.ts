// Prompt rendering: an agent's definition + the task + upstream deliverables and
// handoffs + retrieved memory + project settings → the messages a model
// receives, trimmed to a token budget (lowest-ranked context dropped first,
// and every drop reported). Results are cached in-process by content hash.
import { createHash } from "node:crypto";
import { LruCache } from "@/server/shared/lru-cache";
import type { TAgentDefinition } from "./definition-schema";
import { responseContract } from "./response-contract";
import { countTokens, truncateToTokens } from "./token-count";

export type TPromptDeliverable = { type: string; name: string; fromAgent: string; content: string };
export type TPromptHandoff = { fromAgent: string; summary: string; nextTasks: string[]; at: Date };
export type TPromptMemory = { kind: string; content: string; score: number; source?: string };

export type TRenderPromptInput = {
  agent: Pick<TAgentDefinition, "id" | "name" | "sections" | "outputs" | "nextAgents" | "dependencies">;
  task: string;
  project: { name: string; description: string; facts: Record<string, boolean>; repositoryUrl?: string };
  workspace: { name: string };
  inputs?: TPromptDeliverable[];
  handoffs?: TPromptHandoff[];
  memory?: TPromptMemory[];
  /** Token budget for the whole prompt (system + user). */
  maxTokens?: number;
};

export type TTrimReport = { kind: "input" | "handoff" | "memory"; label: string; tokens: number; action: "dropped" | "truncated" };

export type TRenderedPrompt = {
  system: string;
  messages: { role: "user"; content: string }[];
  tokenCount: number;
  hash: string;
  trimmed: TTrimReport[];
  cacheHit: boolean;
};

export const DEFAULT_PROMPT_BUDGET = 24_000;
const cache = new LruCache<string, Omit<TRenderedPrompt, "cacheHit">>(1_000);
export const promptCacheStats = () => ({ hits: cache.hits, misses: cache.misses, hitRatio: cache.hitRatio, size: cache.size });
export const clearPromptCache = () => cache.clear();

type TContextItem = { kind: TTrimReport["kind"]; label: string; text: string; priority: number; required: boolean };

function contextItems(input: TRenderPromptInput): TContextItem[] {
  const required = new Set(input.agent.dependencies);
  const items: TContextItem[] = [];
  (input.inputs ?? []).forEach((d, i) => {
    items.push({
      kind: "input",
      label: `${d.name} (${d.type}, from ${d.fromAgent})`,
      text: `### ${d.name} — \`${d.type}\` from ${d.fromAgent}\n\n${d.content.trim()}`,
      // Required inputs rank above everything; later inputs above earlier ones.
      priority: (required.has(d.type) ? 3000 : 2000) + i,
      required: required.has(d.type),
    });
  });
  [...(input.handoffs ?? [])]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .forEach((h, i) => {
      const tasks = h.nextTasks.map((t) => `- ${t}`).join("\n");
      items.push({ kind: "handoff", label: `handoff from ${h.fromAgent}`, text: `### From ${h.fromAgent}\n${h.summary.trim()}${tasks ? `\n\nNext tasks:\n${tasks}` : ""}`, priority: 1000 + i, required: false });
    });
  (input.memory ?? []).forEach((m) => {
    items.push({ kind: "memory", label: `${m.kind} memory (score ${m.score.toFixed(2)})`, text: `- [${m.kind}${m.source ? ` · ${m.source}` : ""}] ${m.content.trim()}`, priority: m.score * 100, required: false });
  });
  return items;
}

function factsText(facts: Record<string, boolean>): string {
  const entries = Object.entries(facts);
  return entries.length ? entries.map(([k, v]) => `${k}: ${v ? "yes" : "no"}`).join(", ") : "none recorded";
}

/** Context goes in a labelled section, unless the template already puts a heading right above it. */
function section(template: string, placeholder: string, title: string, body: string, empty: string): string {
  const content = body.trim() || `_${empty}_`;
  const labelled = new RegExp(`^#{1,6} .*\\n\\s*\\{\\{\\s*${placeholder}\\s*\\}\\}`, "m").test(template);
  return labelled ? content : `## ${title}\n\n${content}`;
}

/** Replace {{name}} placeholders; unknown ones stay as written. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function hashOf(input: TRenderPromptInput): string {
  const { agent, ...rest } = input;
  const payload = JSON.stringify({ agent: { id: agent.id, sections: agent.sections, outputs: agent.outputs, next: agent.nextAgents }, ...rest });
  return createHash("sha256").update(payload).digest("hex");
}

export function renderPrompt(input: TRenderPromptInput): TRenderedPrompt {
  const hash = hashOf(input);
  const cached = cache.get(hash);
  if (cached) return { ...cached, cacheHit: true };

  const s = input.agent.sections;
  const system = [
    `# ${input.agent.name}`,
    `## Role\n\n${s.Role}`,
    `## Expertise\n\n${s.Expertise}`,
    `## Methodology\n\n${s.Methodology}`,
    `## System instructions\n\n${s["System instructions"]}`,
    `## How to use the context\n\n${s["How to use the context"]}`,
    `## Output format\n\n${s["Output format"]}`,
    `## Handoff\n\n${s.Handoff}`,
    responseContract(input.agent),
  ].join("\n\n");

  const budget = input.maxTokens ?? DEFAULT_PROMPT_BUDGET;
  const values: Record<string, string> = {
    task: input.task.trim(),
    "project.name": input.project.name,
    "project.description": input.project.description.trim() || "(no description)",
    "project.facts": factsText(input.project.facts),
    "project.repository": input.project.repositoryUrl || "(no repository linked)",
    "workspace.name": input.workspace.name,
    "agent.name": input.agent.name,
    outputs: input.agent.outputs.map((o) => `- ${o.name} (\`${o.type}\`, ${o.format})`).join("\n"),
  };
  const skeleton = fillTemplate(s["Task template"], { ...values, inputs: "", handoffs: "", memory: "" });
  const fixed = countTokens(system) + countTokens(skeleton) + 60; // headings and separators

  // Keep the highest-priority items that fit; truncate a required input rather than drop it.
  const items = contextItems(input).sort((a, b) => b.priority - a.priority);
  let left = budget - fixed;
  const kept = new Set<TContextItem>();
  const trimmed: TTrimReport[] = [];
  for (const item of items) {
    const tokens = countTokens(item.text);
    if (tokens <= left) {
      kept.add(item);
      left -= tokens;
    } else if (item.required && left > 200) {
      item.text = `${truncateToTokens(item.text, left - 20)}\n\n[… truncated to fit the context window]`;
      kept.add(item);
      trimmed.push({ kind: item.kind, label: item.label, tokens: tokens - left, action: "truncated" });
      left = 0;
    } else {
      trimmed.push({ kind: item.kind, label: item.label, tokens, action: "dropped" });
    }
  }
  // Report in drop order: lowest-ranked first.
  trimmed.reverse();
  const keptOf = (kind: TContextItem["kind"]) => items.filter((i) => i.kind === kind && kept.has(i)).sort((a, b) => a.priority - b.priority);
  const note = trimmed.length ? `\n\n_${trimmed.length} context item(s) left out to fit the context window._` : "";

  const content = fillTemplate(s["Task template"], {
    ...values,
    inputs: section(s["Task template"], "inputs", "Upstream deliverables", keptOf("input").reverse().map((i) => i.text).join("\n\n"), "none yet"),
    handoffs: section(s["Task template"], "handoffs", "Handoffs", keptOf("handoff").map((i) => i.text).join("\n\n"), "no handoffs") + note,
    memory: section(s["Task template"], "memory", "Project memory", keptOf("memory").reverse().map((i) => i.text).join("\n"), "nothing relevant remembered"),
  });

  const rendered = {
    system,
    messages: [{ role: "user" as const, content }],
    tokenCount: countTokens(system) + countTokens(content),
    hash,
    trimmed,
  };
  cache.set(hash, rendered);
  return { ...rendered, cacheHit: false };
}

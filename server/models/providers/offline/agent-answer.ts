// What the offline model says. For an agent run it reads the response contract
// at the end of the system prompt (server/agents/response-contract.ts) and
// answers with one well-formed deliverable per declared output plus the
// handoff, drafted from the task and project in the user message, so demo
// workflows run end to end with no model provider. Anything else gets a short
// reply saying it is the offline model. The deliverables themselves are written
// by markdown-deliverable.ts and structured-deliverables.ts. With tools, the
// draft of the first deliverable is also what the offline model saves through
// a write tool (offline-tools.ts), and the answer after the tool round reports
// the calls in its first markdown deliverable.
import { createHash } from "node:crypto";
import { markdownDeliverable } from "./markdown-deliverable";
import { reviewFindingsDoc } from "./review-findings";
import { jsonDoc, mermaidDoc, sqlDoc, typescriptDoc, yamlDoc } from "./structured-deliverables";

/** The deliverable a pull-request review step adds to its agent's outputs (server/services/github/review). */
export const REVIEW_FINDINGS = "review_findings";

export type TContractOutput = { type: string; format: string; path: string | null; name: string };
export type TResponseContract = { outputs: TContractOutput[]; nextAgents: string[] };
/** What the deliverable writers draw on: the request, and a seeded chooser so different prompts read differently. */
export type TBrief = { agent: string; project: string; sentences: string[]; nouns: string[]; pick: <T>(list: readonly T[], salt: string) => T };

export const OFFLINE_NOTICE = "Offline model — deterministic draft; configure a model provider in Settings → Models for real output.";
const CONTRACT_HEADING = "# Response format (required)";

export function readResponseContract(system: string): TResponseContract | null {
  const at = system.lastIndexOf(CONTRACT_HEADING);
  if (at < 0) return null;
  const section = system.slice(at);
  const outputs = [...section.matchAll(/<deliverable type="([^"]+)" format="([^"]+)"(?: path="([^"]*)")?>\s*…the (.+?)…\s*<\/deliverable>/g)].map((m) => ({
    type: m[1]!,
    format: m[2]!,
    path: m[3] || null,
    name: m[4]!.trim(),
  }));
  const to = /The handoff goes to one of: (.+?)\. Write/.exec(section)?.[1] ?? "";
  const nextAgents = to.startsWith("none")
    ? []
    : to
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
  return outputs.length ? { outputs, nextAgents } : null;
}

/** Text that can never open or close a response block, whatever the user typed. */
export const defang = (text: string) => text.replace(/<(\/?)(deliverable|handoff)/gi, "‹$1$2");
const STOP = new Set(
  (
    "about above after again also allow allows able based before being below between build builds building could create creates " +
    "design does each ensure every existing first from have include includes including into just like make more most must need " +
    "needs only other over page plus provide review should some such than that their them then there these they this those under " +
    "update using want wants what when where which while will with within without would write implement implements support " +
    "supports spec specification document documents diagram openapi schema endpoint endpoints requirement requirements plan " +
    "project system application feature features simple small second various explain summarise summarize describe list show tell " +
    "give find help generate draft please detail details track manage handle send store keep ship"
  ).split(" "),
);

/** Nouns-ish words of the task, singular and in order of appearance: the offline model's idea of the domain. */
export function taskNouns(task: string): string[] {
  const seen = new Set<string>();
  for (const raw of task.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
    if (STOP.has(raw) || /(ing|ed|ly|ous|ss|us|is)$/.test(raw)) continue;
    seen.add(
      raw
        .replace(/ies$/, "y")
        .replace(/(ch|sh|x)es$/, "$1")
        .replace(/s$/, ""),
    );
    if (seen.size === 3) break;
  }
  for (const fallback of ["item", "entry", "note"]) if (seen.size < 2) seen.add(fallback);
  return [...seen];
}

/** The task section of the rendered task template, or the whole message for a custom template. */
export function readTask(user: string): string {
  const section = /^#{2,4} Task\b[^\n]*\n([\s\S]*?)(?=\n#{1,4} |(?![\s\S]))/m.exec(user)?.[1]?.trim();
  return defang(section || user.trim());
}

function brief(system: string, user: string, seed: string): TBrief {
  const task = readTask(user);
  const flat = task.replace(/\s+/g, " ").slice(0, 600);
  return {
    agent: /^# (.+)$/m.exec(system)?.[1]?.trim() ?? "The agent",
    // Every built-in template names the project in its first line ("… on project X (workspace W).").
    project: defang(/\bproject (.+?)(?: \(workspace\b| in workspace\b|[.,]?\s*$)/.exec(user.split("\n", 1)[0]!)?.[1]?.trim() ?? "the project"),
    sentences: flat
      .split(/(?<=[.!?])\s+/)
      .filter(Boolean)
      .slice(0, 4)
      .map((s) => (s.length > 200 ? `${s.slice(0, 197)}…` : s)),
    nouns: taskNouns(task),
    pick: (list, salt) => list[createHash("sha256").update(`${seed}|${salt}`).digest().readUInt32BE(0) % list.length]!,
  };
}

export const plural = (n: string) => (/[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(n) ? `${n}es` : `${n}s`);
export const capital = (n: string) => n.charAt(0).toUpperCase() + n.slice(1);

function deliverableContent(o: TContractOutput, b: TBrief, user: string): string {
  if (o.type === REVIEW_FINDINGS) return reviewFindingsDoc(user, b.agent);
  switch (o.format) {
    case "yaml":
      return yamlDoc(o, b);
    case "json":
      return jsonDoc(o, b);
    case "sql":
      return sqlDoc(b);
    case "mermaid":
      return mermaidDoc(o, b);
    case "typescript":
      return typescriptDoc(b);
    case "text":
      return [
        `${o.name} for ${b.project} (${OFFLINE_NOTICE})`,
        `Task: ${b.sentences.join(" ")}`,
        ...b.nouns.map((n, i) => `${i + 1}. ${capital(plural(n))}: to be worked out from the task.`),
      ].join("\n\n");
    default:
      return markdownDeliverable(o, b);
  }
}

function handoffBlock(to: string, outputs: TContractOutput[], b: TBrief): string {
  const names = outputs.map((o) => o.name.toLowerCase());
  const listed = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  return [
    `<handoff to="${to}">`,
    `summary: ${b.agent} drafted the ${listed} for ${b.project} with the offline model. ` +
      `They follow the required structure and name the ${b.nouns.join(", ")} from the task, but they are deterministic placeholders: ` +
      `every decision in them is still open until a model provider is configured.`,
    "next_tasks:",
    `  - Replace the offline ${names[0]} with a real one for: ${b.sentences[0] ?? b.project}`,
    `  - Start the ${to.replaceAll("_", " ")} work on the ${b.nouns[0]} and ${b.nouns[1]} flows, checking each assumption against the task`,
    "</handoff>",
  ].join("\n");
}

/** A plain chat call (no response contract): say what this is and echo the request. */
function chatAnswer(user: string, seed: string): string {
  const request = user.replace(/\s+/g, " ").trim();
  const words = request.split(" ");
  const echo = words.length > 40 ? `${words.slice(0, 40).join(" ")} …` : request;
  return [
    "This is the offline model: no model provider is configured, so this reply is a deterministic placeholder, not a real answer.",
    echo ? `You asked: "${echo}"` : "The request was empty.",
    echo ? `Key terms noticed: ${taskNouns(request).join(", ")}.` : "",
    `Configure OpenAI, Anthropic or an OpenAI-compatible provider in Settings → Models for real answers. (Reference ${seed.slice(0, 8)}.)`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** The contract lower-cases names; the task's "deliverables expected" list ({{outputs}}) keeps their real case. */
function namedOutputs(contract: TResponseContract, user: string): TContractOutput[] {
  return contract.outputs.map((o) => {
    const listed = new RegExp(`^- (.+) \\(\`${o.type}\`, ${o.format}\\)$`, "m").exec(user)?.[1];
    return { ...o, name: listed?.toLowerCase() === o.name ? listed : capital(o.name) };
  });
}

type TAnswerInput = { system: string; user: string; seed: string };

/** A relative file path the task asks for by name ("write src/health.ts"), as a person's instruction would. */
function pathNamedInTask(user: string): string | null {
  const found = /(?:^|[\s`"'(])((?:[\w.-]+\/)+[\w.-]+\.[a-z0-9]{1,8})(?=$|[\s`"'),.;:])/im.exec(readTask(user));
  const path = found?.[1];
  return path && !path.startsWith("/") && !path.split("/").includes("..") ? path : null;
}

/**
 * The file the offline model saves when it may write: a path the task names, else the agent's first
 * deliverable that names a path (else notes/<agent>.md), with the same draft its answer will carry.
 */
export function offlineDraftFile(input: TAnswerInput): { path: string; content: string } {
  const b = brief(input.system, input.user, input.seed);
  const agent = /^# (.+)$/m.exec(input.system)?.[1] ?? "";
  const fallback = `notes/${agent.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "agent"}.md`;
  const named = pathNamedInTask(input.user);
  const contract = readResponseContract(input.system);
  if (!contract) return { path: named ?? fallback, content: chatAnswer(input.user, input.seed) };
  const outputs = namedOutputs(contract, input.user);
  const o = outputs.find((x) => x.path) ?? outputs[0]!;
  return { path: named ?? o.path ?? fallback, content: deliverableContent(o, b, input.user).trim() };
}

/**
 * The offline model's whole answer to a system prompt and the latest user message. `toolLog` (a
 * markdown section on the tool calls made) goes at the end of the first markdown deliverable, or
 * of a chat answer; a contract with no markdown deliverable leaves it out rather than break a block.
 */
export function offlineAnswer(input: TAnswerInput & { toolLog?: string }): string {
  const contract = readResponseContract(input.system);
  const log = input.toolLog ? `\n\n${input.toolLog.trim()}` : "";
  if (!contract) return chatAnswer(input.user, input.seed) + log;
  const b = brief(input.system, input.user, input.seed);
  const named = namedOutputs(contract, input.user);
  const logAt = named.findIndex((o) => o.format === "markdown");
  const blocks = named.map((o, i) => {
    const path = o.path ? ` path="${o.path}"` : "";
    return `<deliverable type="${o.type}" format="${o.format}"${path}>\n${deliverableContent(o, b, input.user).trim()}${i === logAt ? log : ""}\n</deliverable>`;
  });
  const next = contract.nextAgents[0];
  return [...blocks, ...(next ? [handoffBlock(next, contract.outputs, b)] : [])].join("\n\n");
}

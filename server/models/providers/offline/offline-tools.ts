// What the offline model does with tools. Offered tools and no results yet:
// it looks around (a directory listing) and saves its first deliverable's
// draft (a write_file), deterministically, so a demo run exercises the whole
// MCP path — tool policy, approvals, denials — with no model provider. Once
// results are in, its answer lists each call and what came back, one line
// each, so a denied write shows in the deliverable.
import type { LanguageModelV3CallOptions, LanguageModelV3FunctionTool, LanguageModelV3Message, LanguageModelV3ToolResultOutput } from "@ai-sdk/provider";
import { defang } from "./agent-answer";

export type TOfflineToolCall = { toolCallId: string; toolName: string; input: string };
type TTool = LanguageModelV3FunctionTool;

/** Callers prefix MCP tools with their server (`filesystem__write_file`): match on what follows the last "__". */
export function baseToolName(name: string): string {
  const at = name.lastIndexOf("__");
  return at < 0 ? name : name.slice(at + 2);
}

const propertiesOf = (tool: TTool) => Object.keys(tool.inputSchema.properties ?? {});
const requiredOf = (tool: TTool) => tool.inputSchema.required ?? [];
/** The offline model only fills arguments it knows; a tool needing others is not one it can call. */
const needsOnly = (tool: TTool, known: string[]) => requiredOf(tool).every((r) => known.includes(r));

/** The function tools the model may call, as the call's toolChoice narrows them. */
export function functionTools(options: Pick<LanguageModelV3CallOptions, "tools" | "toolChoice">): TTool[] {
  const choice = options.toolChoice;
  if (choice?.type === "none") return [];
  return (options.tools ?? []).filter((t): t is TTool => t.type === "function" && (choice?.type !== "tool" || t.name === choice.toolName));
}

/** The listing to make first: list_directory of ".", else list_allowed_directories, else another list tool that needs at most a path. */
function listingCall(tools: TTool[]): { tool: TTool; input: Record<string, unknown> } | null {
  const named = (base: string) => tools.find((t) => baseToolName(t.name) === base);
  const dir = named("list_directory");
  if (dir) return { tool: dir, input: { path: "." } };
  const allowed = named("list_allowed_directories");
  if (allowed) return { tool: allowed, input: {} };
  const other = tools.find((t) => /^(list|ls)(_|$)|directory_tree$/.test(baseToolName(t.name)) && needsOnly(t, ["path"]));
  if (!other) return null;
  return { tool: other, input: propertiesOf(other).includes("path") ? { path: "." } : {} };
}

/** write_file (under any prefix, or ending in it), else a write/create/save tool taking `path` and `content`. */
function writeTool(tools: TTool[]): TTool | undefined {
  return (
    tools.find((t) => baseToolName(t.name) === "write_file") ??
    tools.find((t) => baseToolName(t.name).endsWith("write_file")) ??
    tools.find((t) => /write|create|save|put/i.test(baseToolName(t.name)) && ["path", "content"].every((p) => propertiesOf(t).includes(p)) && needsOnly(t, ["path", "content"]))
  );
}

/** The first round's calls: a listing, then the draft saved (its folder made first). Empty when no offered tool fits. */
export function plannedToolCalls(tools: TTool[], seed: string, draft: () => { path: string; content: string }): TOfflineToolCall[] {
  const calls: { toolName: string; input: unknown }[] = [];
  const listing = listingCall(tools);
  if (listing) calls.push({ toolName: listing.tool.name, input: listing.input });
  const write = writeTool(tools);
  if (write) {
    const file = draft();
    // Servers like the filesystem one do not make missing folders: make the file's folder first when a tool can.
    const mkdir = tools.find((t) => baseToolName(t.name) === "create_directory");
    const folder = file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : "";
    if (mkdir && folder) calls.push({ toolName: mkdir.name, input: { path: folder } });
    calls.push({ toolName: write.name, input: file });
  }
  return calls.map((c, i) => ({ toolCallId: `call_offline_${seed.slice(0, 16)}_${i}`, toolName: c.toolName, input: JSON.stringify(c.input) }));
}

/** True once the conversation carries a tool result: the tool round is over and the answer is due. */
export const hasToolResults = (prompt: LanguageModelV3Message[]) => prompt.some((m) => m.role === "tool" && m.content.some((p) => p.type === "tool-result"));

/** The conversation without its tool rounds, so the final answer's draft is seeded like the one the write saved. */
export const withoutToolRounds = (prompt: LanguageModelV3Message[]) =>
  prompt.filter((m) => m.role !== "tool" && !(m.role === "assistant" && m.content.some((p) => p.type === "tool-call")));

const oneLine = (text: string, max = 160) => {
  const flat = defang(text.replace(/\s+/g, " ").trim());
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function argumentsText(input: unknown): string {
  if (input === undefined) return "";
  if (input === null || typeof input !== "object" || Array.isArray(input)) return oneLine(JSON.stringify(input), 80);
  return Object.entries(input)
    .map(([key, value]) => (key === "content" && typeof value === "string" ? `${key}: ${value.length} chars` : `${key}: ${oneLine(JSON.stringify(value), 80)}`))
    .join(", ");
}

function outcomeText(output: LanguageModelV3ToolResultOutput): string {
  switch (output.type) {
    case "text":
      return `ok — ${oneLine(output.value) || "(empty)"}`;
    case "json":
      return `ok — ${oneLine(JSON.stringify(output.value))}`;
    case "content":
      return `ok — ${oneLine(output.value.map((p) => (p.type === "text" ? p.text : `[${p.type}]`)).join(" ")) || "(empty)"}`;
    case "execution-denied":
      return `denied — ${oneLine(output.reason ?? "no reason given")}`;
    case "error-text":
      return `error — ${oneLine(output.value)}`;
    case "error-json":
      return `error — ${oneLine(JSON.stringify(output.value))}`;
  }
}

/** "## Tool calls": one line per result, with the call's arguments; null when there are none. */
export function toolCallsSection(prompt: LanguageModelV3Message[]): string | null {
  const inputs = new Map<string, unknown>();
  for (const m of prompt) if (m.role === "assistant") for (const p of m.content) if (p.type === "tool-call") inputs.set(p.toolCallId, p.input);
  const lines: string[] = [];
  for (const m of prompt) {
    if (m.role !== "tool") continue;
    for (const p of m.content) {
      if (p.type !== "tool-result") continue;
      const args = argumentsText(inputs.get(p.toolCallId));
      lines.push(`- \`${p.toolName}\`${args ? ` (${args})` : ""}: ${outcomeText(p.output)}`);
    }
  }
  return lines.length ? `## Tool calls\n\n${lines.join("\n")}` : null;
}

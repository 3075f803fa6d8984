// Tool calling through the gateway: checks the tools a caller offers, turns
// them into AI SDK tools, and tells whether a call involves tools at all. The
// tools carry no `execute`, so the SDK stops after the model's answer and hands
// the calls back: the caller (the run step) runs them through MCP and loops.
import { jsonSchema, tool, type JSONSchema7, type ModelMessage, type ToolSet } from "ai";
import { AppError } from "@/server/errors/app-error";
import type { TModelCallInput, TModelToolSpec } from "./types";

/** What OpenAI, Anthropic and OpenAI-compatible servers all accept as a function name. */
export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/** Throws INVALID_INPUT for tools a provider would reject, before any budget is reserved or row written. */
export function assertValidTools(input: Pick<TModelCallInput, "tools" | "schema">): void {
  const tools = input.tools ?? [];
  if (tools.length === 0) return;
  if (input.schema) throw new AppError("INVALID_INPUT", "A model call cannot ask for structured output (schema) and offer tools at the same time.");
  const seen = new Set<string>();
  for (const spec of tools) {
    if (!TOOL_NAME_PATTERN.test(spec.name)) {
      throw new AppError("INVALID_INPUT", `Tool name "${spec.name.slice(0, 100)}" is not valid: use 1–64 letters, digits, "_" or "-".`, { tool: spec.name.slice(0, 100) });
    }
    if (seen.has(spec.name)) throw new AppError("INVALID_INPUT", `Tool "${spec.name}" is offered twice.`, { tool: spec.name });
    seen.add(spec.name);
    // Both OpenAI and Anthropic require the arguments to be an object schema.
    if (spec.inputSchema.type !== "object") {
      throw new AppError("INVALID_INPUT", `Tool "${spec.name}" must take an object: its inputSchema needs "type": "object".`, { tool: spec.name });
    }
  }
}

/** AI SDK tools with no `execute`: the SDK returns the model's calls instead of running them. */
export function sdkTools(specs: TModelToolSpec[]): ToolSet {
  return Object.fromEntries(specs.map((spec) => [spec.name, tool({ description: spec.description, inputSchema: jsonSchema(spec.inputSchema as JSONSchema7) })]));
}

const hasToolParts = (m: ModelMessage) => m.role === "tool" || (Array.isArray(m.content) && m.content.some((p) => p.type === "tool-call" || p.type === "tool-result"));

/**
 * True when the call offers tools or its conversation holds tool calls or results. Such calls skip
 * the response cache: tool results (a directory listing, a denied write) make each conversation
 * unique, and a replayed tool call would be wrong — the caller would run it again against a
 * world that has changed since.
 */
export function involvesTools(input: Pick<TModelCallInput, "tools" | "messages">): boolean {
  return (input.tools?.length ?? 0) > 0 || input.messages.some(hasToolParts);
}

// Turns what the SDK returns into our shapes: tools into descriptors (and a
// hash of them, so a changed tool surface is noticed), call results into
// TToolResult with the text joined for summaries and the size for limits.
import { createHash } from "node:crypto";
import { stableStringify } from "@/server/shared/stable-json";
import type { TToolAnnotations, TToolDescriptor, TToolResult } from "./types";

type TSdkTool = {
  name: string;
  description?: string;
  inputSchema: Record<string, unknown>;
  annotations?: Record<string, unknown>;
};

const annotationKeys = ["title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"] as const;

export function toDescriptor(tool: TSdkTool): TToolDescriptor {
  const descriptor: TToolDescriptor = { name: tool.name, description: tool.description ?? "", inputSchema: tool.inputSchema };
  if (tool.annotations) {
    const annotations: TToolAnnotations = {};
    for (const key of annotationKeys) {
      const value = tool.annotations[key];
      if (key === "title" ? typeof value === "string" : typeof value === "boolean") Object.assign(annotations, { [key]: value });
    }
    descriptor.annotations = annotations;
  }
  return descriptor;
}

/** sha256 of the canonical JSON of each tool's name, input schema and annotations, in name order. */
export function toolsHash(tools: TToolDescriptor[]): string {
  const canonical = [...tools]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((t) => ({ name: t.name, inputSchema: t.inputSchema, annotations: t.annotations ?? {} }));
  return createHash("sha256").update(stableStringify(canonical)).digest("hex");
}

export function toToolResult(raw: Record<string, unknown>): TToolResult {
  // Servers on the 2024-10-07 protocol answer { toolResult } instead of content.
  const content = Array.isArray(raw.content)
    ? (raw.content as unknown[])
    : "toolResult" in raw
      ? [{ type: "text", text: JSON.stringify(raw.toolResult) }]
      : [];
  const text = content
    .filter((part): part is { type: "text"; text: string } => isTextPart(part))
    .map((part) => part.text)
    .join("\n");
  const result: TToolResult = { content, isError: raw.isError === true, text, bytes: 0 };
  if (raw.structuredContent !== undefined) result.structuredContent = raw.structuredContent;
  result.bytes = Buffer.byteLength(JSON.stringify({ content, structuredContent: result.structuredContent }));
  return result;
}

/** A tool error we make ourselves (a server-side protocol error), shaped like the server's own. */
export function errorResult(message: string): TToolResult {
  return toToolResult({ content: [{ type: "text", text: message }], isError: true });
}

function isTextPart(part: unknown): boolean {
  return typeof part === "object" && part !== null && (part as { type?: unknown }).type === "text" && typeof (part as { text?: unknown }).text === "string";
}

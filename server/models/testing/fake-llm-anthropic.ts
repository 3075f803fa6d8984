// Anthropic Messages wire format (POST /v1/messages) for the fake LLM server:
// JSON replies, the real SSE event sequence, Anthropic-shaped errors, and the
// two ways @ai-sdk/anthropic asks for structured output — `output_config.format`
// (answered as plain JSON text) or a forced tool named `json` (answered with a
// `tool_use` block whose input is the scripted value) — and scripted tool calls
// as `tool_use` blocks after any text, their input streamed as JSON pieces.
import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { isRecord, openEventStream, sendJson } from "./local-http";
import type { ResolvedReply, ResolvedUsage } from "./fake-llm-script";

type Content = Extract<ResolvedReply, { kind: "content" }>;

/** The provider's own refusal for requests the real API would reject before reaching a model, if any. */
export function checkAnthropicHeaders(headers: Record<string, string>): { status: number; body: unknown } | undefined {
  if (!headers["x-api-key"] && !headers.authorization?.startsWith("Bearer ")) {
    return { status: 401, body: anthropicErrorBody(401, "x-api-key header is required") };
  }
  if (!headers["anthropic-version"]) {
    return { status: 400, body: anthropicErrorBody(400, "anthropic-version: header is required") };
  }
  return undefined;
}

type TBlock = { type: "text"; text: string; deltas: string[] } | { type: "tool_use"; id: string; name: string; input: unknown; deltas: string[] };

/** The reply's content blocks: the `json` tool's answer, or text then one `tool_use` block per scripted call. */
function blocksOf(reply: Content, body: Record<string, unknown>, messageId: string): TBlock[] {
  if (reply.json !== undefined && offersJsonTool(body)) {
    return [{ type: "tool_use", id: `toolu_${messageId.slice(4)}`, name: "json", input: reply.json.value, deltas: reply.deltas }];
  }
  const tools = reply.toolCalls.map((call): TBlock => ({
    type: "tool_use",
    id: call.id ?? `toolu_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
    name: call.name,
    input: JSON.parse(call.arguments) as unknown,
    deltas: call.deltas,
  }));
  // Anthropic leaves the text block out when the model goes straight to its tool calls.
  const text: TBlock[] = reply.text || tools.length === 0 ? [{ type: "text", text: reply.text, deltas: reply.deltas }] : [];
  return [...text, ...tools];
}

export function writeAnthropicReply(res: ServerResponse, reply: Content, model: string, body: Record<string, unknown>) {
  const id = `msg_${randomUUID().replaceAll("-", "").slice(0, 24)}`;
  const headers = { "request-id": `req_${id.slice(4)}` };
  const blocks = blocksOf(reply, body, id);
  const stopReason = blocks.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn";

  if (body.stream !== true) {
    sendJson(
      res,
      200,
      {
        id,
        type: "message",
        role: "assistant",
        model,
        content: blocks.map(({ deltas: _deltas, ...block }) => block),
        stop_reason: stopReason,
        stop_sequence: null,
        usage: { ...inputUsage(reply.usage), output_tokens: reply.usage.output },
      },
      headers,
    );
    return;
  }

  const events = openEventStream(res, headers);
  const send = (data: { type: string } & Record<string, unknown>) => events.send(data, data.type);
  send({
    type: "message_start",
    message: {
      id,
      type: "message",
      role: "assistant",
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { ...inputUsage(reply.usage), output_tokens: 1 },
    },
  });
  blocks.forEach((block, index) => {
    const start = block.type === "text" ? { type: "text", text: "" } : { type: "tool_use", id: block.id, name: block.name, input: {} };
    send({ type: "content_block_start", index, content_block: start });
    if (index === 0) send({ type: "ping" });
    for (const delta of block.deltas) {
      send({ type: "content_block_delta", index, delta: block.type === "text" ? { type: "text_delta", text: delta } : { type: "input_json_delta", partial_json: delta } });
    }
    send({ type: "content_block_stop", index });
  });
  send({ type: "message_delta", delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: reply.usage.output } });
  send({ type: "message_stop" });
  events.end();
}

/** Anthropic counts cached tokens apart from `input_tokens`; the fake's `input` includes them. */
function inputUsage({ input, cached }: ResolvedUsage) {
  return { input_tokens: Math.max(0, input - cached), cache_creation_input_tokens: 0, cache_read_input_tokens: cached };
}

function offersJsonTool(body: Record<string, unknown>): boolean {
  return Array.isArray(body.tools) && body.tools.some((tool) => isRecord(tool) && tool.name === "json");
}

/** The error body Anthropic sends for this status. */
export function anthropicErrorBody(status: number, message = `Fake Anthropic error (HTTP ${status})`) {
  const type = ANTHROPIC_ERRORS[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
  return { type: "error", error: { type, message } };
}

const ANTHROPIC_ERRORS: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  529: "overloaded_error",
};

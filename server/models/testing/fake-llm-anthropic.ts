// Anthropic Messages wire format (POST /v1/messages) for the fake LLM server:
// JSON replies, the real SSE event sequence, Anthropic-shaped errors, and the
// two ways @ai-sdk/anthropic asks for structured output — `output_config.format`
// (answered as plain JSON text) or a forced tool named `json` (answered with a
// `tool_use` block whose input is the scripted value).
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

export function writeAnthropicReply(res: ServerResponse, reply: Content, model: string, body: Record<string, unknown>) {
  const id = `msg_${randomUUID().replaceAll("-", "").slice(0, 24)}`;
  const headers = { "request-id": `req_${id.slice(4)}` };
  const asTool = reply.json !== undefined && offersJsonTool(body);
  const toolId = `toolu_${id.slice(4)}`;
  const stopReason = asTool ? "tool_use" : "end_turn";

  if (body.stream !== true) {
    const block = asTool
      ? { type: "tool_use", id: toolId, name: "json", input: reply.json?.value }
      : { type: "text", text: reply.text };
    sendJson(
      res,
      200,
      {
        id,
        type: "message",
        role: "assistant",
        model,
        content: [block],
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
  send({
    type: "content_block_start",
    index: 0,
    content_block: asTool ? { type: "tool_use", id: toolId, name: "json", input: {} } : { type: "text", text: "" },
  });
  send({ type: "ping" });
  for (const delta of reply.deltas) {
    send({
      type: "content_block_delta",
      index: 0,
      delta: asTool ? { type: "input_json_delta", partial_json: delta } : { type: "text_delta", text: delta },
    });
  }
  send({ type: "content_block_stop", index: 0 });
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

// OpenAI Chat Completions wire format (POST /v1/chat/completions) for the fake
// LLM server: JSON replies, SSE streams with an optional usage chunk, and
// OpenAI-shaped errors, and tool calls (`message.tool_calls`, streamed as
// `delta.tool_calls` with the arguments in pieces). Structured output needs
// nothing special: whatever the step says becomes `message.content`.
import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { isRecord, openEventStream, sendJson } from "./local-http";
import type { ResolvedReply, ResolvedUsage } from "./fake-llm-script";

type Content = Extract<ResolvedReply, { kind: "content" }>;

export function writeOpenAiReply(res: ServerResponse, reply: Content, model: string, body: Record<string, unknown>) {
  const id = `chatcmpl-${randomUUID().replaceAll("-", "").slice(0, 24)}`;
  const created = Math.floor(Date.now() / 1000);
  const headers = { "x-request-id": `req_${id.slice(9)}` };
  const calls = reply.toolCalls.map((call) => ({ ...call, id: call.id ?? `call_${randomUUID().replaceAll("-", "").slice(0, 24)}` }));
  const finishReason = calls.length ? "tool_calls" : "stop";

  if (body.stream !== true) {
    sendJson(
      res,
      200,
      {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [
          {
            index: 0,
            message: {
              role: "assistant",
              // OpenAI sends null content when the model only calls tools.
              content: calls.length && !reply.text ? null : reply.text,
              refusal: null,
              ...(calls.length ? { tool_calls: calls.map((call) => ({ id: call.id, type: "function", function: { name: call.name, arguments: call.arguments } })) } : {}),
            },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        usage: usageOf(reply.usage),
      },
      headers,
    );
    return;
  }

  const includeUsage = isRecord(body.stream_options) && body.stream_options.include_usage === true;
  // With include_usage, OpenAI puts `usage: null` on every chunk but the last.
  const chunk = (choices: unknown[], usage?: unknown) => ({
    id,
    object: "chat.completion.chunk",
    created,
    model,
    choices,
    ...(includeUsage ? { usage: usage ?? null } : {}),
  });
  const events = openEventStream(res, headers);
  events.send(chunk([{ index: 0, delta: { role: "assistant", content: "" }, logprobs: null, finish_reason: null }]));
  for (const delta of reply.deltas) {
    events.send(chunk([{ index: 0, delta: { content: delta }, logprobs: null, finish_reason: null }]));
  }
  for (const call of calls) {
    const first = { index: call.index, id: call.id, type: "function", function: { name: call.name, arguments: "" } };
    events.send(chunk([{ index: 0, delta: { tool_calls: [first] }, logprobs: null, finish_reason: null }]));
    for (const piece of call.deltas) {
      events.send(chunk([{ index: 0, delta: { tool_calls: [{ index: call.index, function: { arguments: piece } }] }, logprobs: null, finish_reason: null }]));
    }
  }
  events.send(chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }]));
  if (includeUsage) events.send(chunk([], usageOf(reply.usage)));
  events.send("[DONE]");
  events.end();
}

function usageOf({ input, output, cached }: ResolvedUsage) {
  return {
    prompt_tokens: input,
    completion_tokens: output,
    total_tokens: input + output,
    prompt_tokens_details: { cached_tokens: cached },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
}

/** The error body OpenAI sends for this status. */
export function openAiErrorBody(status: number, message = `Fake OpenAI error (HTTP ${status})`) {
  const [type, code] = OPENAI_ERRORS[status] ?? (status >= 500 ? ["server_error", null] : ["invalid_request_error", null]);
  return { error: { message, type, param: null, code } };
}

const OPENAI_ERRORS: Record<number, [string, string | null]> = {
  400: ["invalid_request_error", null],
  401: ["invalid_request_error", "invalid_api_key"],
  403: ["invalid_request_error", "unsupported_country_region_territory"],
  404: ["invalid_request_error", "model_not_found"],
  429: ["requests", "rate_limit_exceeded"],
  500: ["server_error", null],
  503: ["server_error", null],
};

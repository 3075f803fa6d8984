// What a fake LLM answers, and how a scripted step becomes a concrete reply.
// Shared by the OpenAI and Anthropic wire formats in fake-llm-server.ts.

export type FakeApi = "openai" | "anthropic";

/**
 * Token counts a step reports. `input` is the total prompt size including
 * `cached`, as OpenAI counts it; the Anthropic wire splits it into
 * `input_tokens` (input − cached) and `cache_read_input_tokens` so that the
 * AI SDK reports the same `usage.inputTokens` for both providers.
 */
export type FakeUsage = { input?: number; output?: number; cached?: number };

export type FakeTextStep = { text: string; usage?: FakeUsage };
/** Answer with this value as JSON: message text, or the input of Anthropic's `json` tool when the request offers it. */
export type FakeJsonStep = { json: unknown; usage?: FakeUsage };
/** Stream exactly these deltas (joined into one text when the request does not stream). */
export type FakeChunksStep = { chunks: string[]; usage?: FakeUsage };
/** Answer with this status. Without `body`, a provider-shaped error body; with one, that body verbatim. */
export type FakeStatusStep = { status: number; body?: unknown; headers?: Record<string, string> };
/** A scripted tool call; `id` defaults to one in the provider's own style (call_… / toolu_…). */
export type FakeToolCall = { name: string; input: unknown; id?: string };
/** Ask for these tool calls (OpenAI `tool_calls`, Anthropic `tool_use` blocks), after optional text. */
export type FakeToolCallsStep = { toolCalls: FakeToolCall[]; text?: string; usage?: FakeUsage };
/** Hang for `delayMs`, then answer with `then` (or the default reply). Ends early when the client goes away. */
export type FakeDelayStep = { delayMs: number; then?: FakeStep };

export type FakeStep = FakeTextStep | FakeJsonStep | FakeChunksStep | FakeToolCallsStep | FakeStatusStep | FakeDelayStep;
/** What `defaultReply` returns: any step, including a delay. */
export type FakeReply = FakeStep;

export type RecordedRequest = {
  api: FakeApi;
  model: string;
  path: string;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Record<string, unknown>;
  stream: boolean;
  /** Epoch ms when the request arrived. */
  at: number;
};

export type ResolvedUsage = { input: number; output: number; cached: number };
/** A tool call ready to send: `arguments` is the JSON text, `deltas` its streamed pieces. */
export type ResolvedToolCall = { index: number; id: string | undefined; name: string; arguments: string; deltas: string[] };

/** A step with the delay peeled off: either content to send or a status to answer with. */
export type ResolvedReply =
  | { kind: "content"; text: string; deltas: string[]; json: { value: unknown } | undefined; toolCalls: ResolvedToolCall[]; usage: ResolvedUsage }
  | { kind: "status"; status: number; body: unknown; headers: Record<string, string> };

export function defaultReplyFor(req: RecordedRequest): FakeReply {
  return { text: `ok from ${req.model}` };
}

/** Per-model queues of steps, consumed one per request. */
export function createScriptBook() {
  const queues = new Map<string, FakeStep[]>();
  return {
    add(model: string, steps: FakeStep[]) {
      queues.set(model, [...(queues.get(model) ?? []), ...steps]);
    },
    next(model: string): FakeStep | undefined {
      return queues.get(model)?.shift();
    },
    clear() {
      queues.clear();
    },
  };
}

export function isDelayStep(step: FakeStep): step is FakeDelayStep {
  return "delayMs" in step;
}

export function resolveReply(step: Exclude<FakeStep, FakeDelayStep>, body: Record<string, unknown>): ResolvedReply {
  if ("status" in step) {
    return { kind: "status", status: step.status, body: step.body, headers: step.headers ?? {} };
  }
  let text: string;
  let deltas: string[];
  let json: { value: unknown } | undefined;
  let toolCalls: ResolvedToolCall[] = [];
  if ("toolCalls" in step) {
    text = step.text ?? "";
    deltas = splitIntoDeltas(text);
    toolCalls = step.toolCalls.map((call, index) => {
      const args = JSON.stringify(call.input ?? {});
      return { index, id: call.id, name: call.name, arguments: args, deltas: splitInHalves(args) };
    });
  } else if ("chunks" in step) {
    deltas = step.chunks;
    text = step.chunks.join("");
  } else if ("json" in step) {
    json = { value: step.json };
    text = JSON.stringify(step.json) ?? "null";
    deltas = splitIntoDeltas(text);
  } else {
    text = step.text;
    deltas = splitIntoDeltas(text);
  }
  const usage = {
    input: step.usage?.input ?? estimateTokens(textLength(body.system) + textLength(body.messages)),
    output: step.usage?.output ?? estimateTokens(text.length + toolCalls.reduce((sum, call) => sum + call.name.length + call.arguments.length, 0)),
    cached: step.usage?.cached ?? 0,
  };
  return { kind: "content", text, deltas, json, toolCalls, usage };
}

/** Roughly four characters per token: close enough for budget and accounting tests. */
function estimateTokens(chars: number): number {
  return Math.ceil(chars / 4);
}

/** Characters of message text: plain string contents and the `text` of content parts; roles and ids don't count. */
function textLength(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textLength(item), 0);
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return textLength(record.content) + textLength(record.text);
  }
  return 0;
}

/** Tool arguments arrive in pieces too; two are enough to prove the client joins them. */
function splitInHalves(text: string): string[] {
  const half = Math.ceil(text.length / 2);
  return [text.slice(0, half), text.slice(half)].filter(Boolean);
}

/** Word-sized pieces, so a streamed text arrives in several deltas like a real model's. */
function splitIntoDeltas(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text === "" ? [] : [text]);
}

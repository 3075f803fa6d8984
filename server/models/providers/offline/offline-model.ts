// The offline model: a real AI SDK language model (LanguageModelV3) that runs
// in-process, with no network and no account. The product uses it when no
// model provider is configured, so demo workflows of agents run end to end.
// It is a feature, not a test double: every answer is a deterministic draft
// (same prompt → same text, seeded by the prompt's hash; no randomness, no
// clock) and says plainly that it came from the offline model. Offered tools,
// it calls them once before answering (offline-tools.ts).
import { createHash } from "node:crypto";
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3FinishReason,
  LanguageModelV3Message,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
  SharedV3Warning,
} from "@ai-sdk/provider";
import { countTokens, truncateToTokens } from "@/server/agents/token-count";
import { stableStringify } from "@/server/shared/stable-json";
import { offlineAnswer, offlineDraftFile, readTask, taskNouns } from "./agent-answer";
import { jsonFromSchema } from "./json-from-schema";
import { functionTools, hasToolResults, plannedToolCalls, toolCallsSection, withoutToolRounds, type TOfflineToolCall } from "./offline-tools";

export const OFFLINE_PROVIDER_ID = "offline";
export const OFFLINE_MODEL_ID = "offline-model";

/** Either text or, in a tool round, tool calls (then `text` is empty). */
type TAnswer = { text: string; toolCalls: TOfflineToolCall[]; seed: string; finishReason: LanguageModelV3FinishReason; usage: LanguageModelV3Usage; warnings: SharedV3Warning[] };
type TPart = Exclude<LanguageModelV3Message["content"], string>[number];

function partText(part: TPart): string {
  switch (part.type) {
    case "text":
    case "reasoning":
      return part.text;
    case "file":
      return `[file ${part.filename ?? part.mediaType}]`;
    case "tool-call":
      return `[tool call ${part.toolName}] ${JSON.stringify(part.input)}`;
    case "tool-result":
      return `[tool result ${part.toolName}] ${JSON.stringify(part.output)}`;
    default:
      return "";
  }
}

const messageText = (m: LanguageModelV3Message) => (typeof m.content === "string" ? m.content : m.content.map(partText).join("\n"));

/** Everything the prompt says, as text: what input tokens are counted on. */
export function promptText(prompt: LanguageModelV3Message[]): string {
  return prompt.map(messageText).join("\n");
}

function usageOf(options: LanguageModelV3CallOptions, output: string): LanguageModelV3Usage {
  const tools = options.tools?.length ? `\n${JSON.stringify(options.tools)}` : "";
  const inputTokens = countTokens(promptText(options.prompt) + tools);
  const outputTokens = countTokens(output);
  return {
    inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
  };
}

function answer(options: LanguageModelV3CallOptions): TAnswer {
  options.abortSignal?.throwIfAborted();
  const { prompt, responseFormat } = options;
  // Seeded without the tool rounds: the answer after them carries the same draft the write saved.
  const seed = createHash("sha256").update(stableStringify({ prompt: withoutToolRounds(prompt), responseFormat })).digest("hex");
  const system = prompt
    .filter((m) => m.role === "system")
    .map(messageText)
    .join("\n\n");
  const lastUser = prompt.findLast((m) => m.role === "user");
  const user = lastUser ? messageText(lastUser) : "";

  const tools = functionTools(options);
  const toolRound = responseFormat?.type !== "json" && tools.length > 0 && !hasToolResults(prompt);
  const toolCalls = toolRound ? plannedToolCalls(tools, seed, () => offlineDraftFile({ system, user, seed })) : [];
  if (toolCalls.length > 0) {
    // Tool arguments are never cut at maxOutputTokens: half a JSON object is no call at all.
    const usage = usageOf(options, toolCalls.map((c) => c.input).join("\n"));
    return { text: "", toolCalls, seed, finishReason: { unified: "tool-calls", raw: "tool_calls" }, usage, warnings: [] };
  }

  let text: string;
  if (responseFormat?.type === "json") {
    const value = responseFormat.schema
      ? jsonFromSchema(responseFormat.schema, { seed, topic: user.trim() ? taskNouns(readTask(user)).join(", ") : "" })
      : { model: OFFLINE_MODEL_ID, answer: offlineAnswer({ system: "", user, seed }) };
    text = JSON.stringify(value);
  } else {
    text = offlineAnswer({ system, user, seed, toolLog: toolCallsSection(prompt) ?? undefined });
  }

  // Honour the output budget like a real provider would: cut the text and report "length".
  let finishReason: LanguageModelV3FinishReason = { unified: "stop", raw: "stop" };
  if (options.maxOutputTokens !== undefined && countTokens(text) > options.maxOutputTokens) {
    text = truncateToTokens(text, options.maxOutputTokens);
    finishReason = { unified: "length", raw: "length" };
  }
  return { text, toolCalls: [], seed, finishReason, usage: usageOf(options, text), warnings: [] };
}

/** Word-ish chunks of three words each (whitespace kept), so streaming looks like streaming and joins back exactly. */
export function streamChunks(text: string): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? [text];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += 3) chunks.push(words.slice(i, i + 3).join(""));
  return chunks.filter(Boolean);
}

export function createOfflineModel(modelId: string = OFFLINE_MODEL_ID): LanguageModelV3 {
  const responseId = (seed: string) => `offline-${seed.slice(0, 24)}`;
  return {
    specificationVersion: "v3",
    provider: OFFLINE_PROVIDER_ID,
    modelId,
    // Claim every URL so the SDK never downloads attachments for us: the offline model makes no network calls.
    supportedUrls: { "*/*": [/.*/] },

    async doGenerate(options) {
      const a = answer(options);
      return {
        content: a.toolCalls.length ? a.toolCalls.map((c) => ({ type: "tool-call" as const, ...c })) : [{ type: "text", text: a.text }],
        finishReason: a.finishReason,
        usage: a.usage,
        warnings: a.warnings,
        response: { id: responseId(a.seed), modelId },
        providerMetadata: { offline: { promptHash: a.seed } },
      };
    },

    async doStream(options) {
      const a = answer(options);
      const id = "text-0";
      const body: LanguageModelV3StreamPart[] = a.toolCalls.length
        ? a.toolCalls.flatMap((c): LanguageModelV3StreamPart[] => [
            { type: "tool-input-start", id: c.toolCallId, toolName: c.toolName },
            ...streamChunks(c.input).map((delta): LanguageModelV3StreamPart => ({ type: "tool-input-delta", id: c.toolCallId, delta })),
            { type: "tool-input-end", id: c.toolCallId },
            { type: "tool-call", ...c },
          ])
        : [
            { type: "text-start", id },
            ...streamChunks(a.text).map((delta): LanguageModelV3StreamPart => ({ type: "text-delta", id, delta })),
            { type: "text-end", id },
          ];
      const parts: LanguageModelV3StreamPart[] = [
        { type: "stream-start", warnings: a.warnings },
        { type: "response-metadata", id: responseId(a.seed), modelId },
        ...body,
        { type: "finish", usage: a.usage, finishReason: a.finishReason, providerMetadata: { offline: { promptHash: a.seed } } },
      ];
      const signal = options.abortSignal;
      let next = 0;
      // Pull-driven with no read-ahead (highWaterMark 0): a part is made only when the reader asks, so an abort between reads stops the stream there.
      const stream = new ReadableStream<LanguageModelV3StreamPart>(
        {
          pull(controller) {
            if (signal?.aborted) return controller.error(signal.reason);
            const part = parts[next++];
            if (part) controller.enqueue(part);
            if (next >= parts.length) controller.close();
          },
        },
        { highWaterMark: 0 },
      );
      return { stream };
    },
  };
}

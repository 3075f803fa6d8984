// One attempt at one model through the AI SDK: plain text, streamed text, or a
// structured object, optionally with tools the model may call. The SDK's own
// retries are off (maxRetries: 0) because the gateway retries itself, so every
// attempt and wait is visible on the step. Tools get one step (no SDK loop):
// the calls come back to the caller, who runs them and calls again.
import { generateText, NoObjectGeneratedError, Output, stepCountIs, streamText, type LanguageModel, type LanguageModelUsage, type ModelMessage, type TypedToolCall, type ToolSet } from "ai";
import type { z } from "zod";
import { countTokens } from "@/server/agents/token-count";
import type { TTokenUsage } from "./cost";
import { sdkTools } from "./model-tools";
import type { TModelToolCall, TModelToolSpec } from "./types";

export type TInvokeInput = {
  model: LanguageModel;
  system?: string;
  messages: ModelMessage[];
  maxOutputTokens: number;
  temperature: number | undefined;
  schema?: z.ZodType;
  tools?: TModelToolSpec[];
  onDelta?: (delta: string) => void;
  signal: AbortSignal;
};

export type TInvokeOutput = { text: string; object?: unknown; usage: TTokenUsage; toolCalls: TModelToolCall[]; responseMessages: ModelMessage[] };

/** The model answered, but not with JSON that fits the schema. Billed like any answer. */
export class InvalidStructuredOutput extends Error {
  constructor(
    readonly text: string,
    readonly usage: TTokenUsage,
    readonly reason: string,
  ) {
    super(`The answer did not match the required schema: ${reason}`);
  }
}

/** The prompt as plain text, tool definitions included: what our token counts (usage fallback, budget estimate) are taken over. */
export function promptText(input: Pick<TInvokeInput, "system" | "messages" | "tools">): string {
  const tools = input.tools?.length ? [JSON.stringify(input.tools)] : [];
  return [input.system ?? "", ...input.messages.map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content))), ...tools].join("\n");
}

/**
 * The calls the caller should run. Calls the SDK could not parse (an unknown tool, arguments that
 * are not JSON) are left out: the SDK has already answered them with an error result in the
 * response messages, so the model sees the mistake on the next round.
 */
const runnableCalls = (calls: TypedToolCall<ToolSet>[]): TModelToolCall[] =>
  calls.filter((c) => !c.invalid && !c.providerExecuted).map((c) => ({ toolCallId: c.toolCallId, toolName: c.toolName, input: c.input }));

/** Providers that do not report usage (some local servers) get our own count. */
function toUsage(usage: LanguageModelUsage | undefined, input: TInvokeInput, text: string): TTokenUsage {
  return {
    inputTokens: usage?.inputTokens ?? countTokens(promptText(input)),
    outputTokens: usage?.outputTokens ?? countTokens(text),
    cachedInputTokens: usage?.inputTokenDetails?.cacheReadTokens ?? 0,
  };
}

function causeOf(error: NoObjectGeneratedError): string {
  const cause = error.cause;
  if (cause && typeof cause === "object" && "message" in cause) return String(cause.message).slice(0, 500);
  return error.message;
}

export async function invokeModel(input: TInvokeInput): Promise<TInvokeOutput> {
  const common = {
    model: input.model,
    system: input.system,
    messages: input.messages,
    maxOutputTokens: input.maxOutputTokens,
    temperature: input.temperature,
    abortSignal: input.signal,
    maxRetries: 0,
    tools: input.tools?.length ? sdkTools(input.tools) : undefined,
    // The default, said out loud: one model step per attempt, whatever the tools.
    stopWhen: stepCountIs(1),
  };

  if (input.schema) {
    try {
      const result = await generateText({ ...common, output: Output.object({ schema: input.schema }) });
      return { text: result.text, object: result.output, usage: toUsage(result.usage, input, result.text), toolCalls: [], responseMessages: result.response.messages };
    } catch (error) {
      if (NoObjectGeneratedError.isInstance(error)) {
        const text = error.text ?? "";
        throw new InvalidStructuredOutput(text, toUsage(error.usage, input, text), causeOf(error));
      }
      throw error;
    }
  }

  if (input.onDelta) {
    const result = streamText({ ...common, onError: () => {} });
    let text = "";
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") {
        text += part.text;
        input.onDelta(part.text);
      } else if (part.type === "error") {
        throw part.error;
      }
    }
    const [usage, toolCalls, response] = await Promise.all([result.usage, result.toolCalls, result.response]);
    return answerOf(input, text, usage, toolCalls, response.messages);
  }

  const result = await generateText(common);
  return answerOf(input, result.text, result.usage, result.toolCalls, result.response.messages);
}

function answerOf(input: TInvokeInput, text: string, usage: LanguageModelUsage, calls: TypedToolCall<ToolSet>[], responseMessages: ModelMessage[]): TInvokeOutput {
  const toolCalls = runnableCalls(calls);
  // A provider that reports no usage still wrote the calls' arguments: count them with the text.
  const written = toolCalls.length ? `${text}\n${JSON.stringify(toolCalls)}` : text;
  return { text, usage: toUsage(usage, input, written), toolCalls, responseMessages };
}

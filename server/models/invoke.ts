// One attempt at one model through the AI SDK: plain text, streamed text, or a
// structured object. The SDK's own retries are off (maxRetries: 0) because the
// gateway retries itself, so every attempt and wait is visible on the step.
import { generateText, NoObjectGeneratedError, Output, streamText, type LanguageModel, type LanguageModelUsage, type ModelMessage } from "ai";
import type { z } from "zod";
import { countTokens } from "@/server/agents/token-count";
import type { TTokenUsage } from "./cost";

export type TInvokeInput = {
  model: LanguageModel;
  system?: string;
  messages: ModelMessage[];
  maxOutputTokens: number;
  temperature: number | undefined;
  schema?: z.ZodType;
  onDelta?: (delta: string) => void;
  signal: AbortSignal;
};

export type TInvokeOutput = { text: string; object?: unknown; usage: TTokenUsage };

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

/** The prompt as plain text: what our token counts (usage fallback, budget estimate) are taken over. */
export function promptText(input: Pick<TInvokeInput, "system" | "messages">): string {
  return [input.system ?? "", ...input.messages.map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content)))].join("\n");
}

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
  };

  if (input.schema) {
    try {
      const result = await generateText({ ...common, output: Output.object({ schema: input.schema }) });
      return { text: result.text, object: result.output, usage: toUsage(result.usage, input, result.text) };
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
    return { text, usage: toUsage(await result.usage, input, text) };
  }

  const result = await generateText(common);
  return { text: result.text, usage: toUsage(result.usage, input, result.text) };
}

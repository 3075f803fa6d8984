// Cost arithmetic in integer micro-dollars (millionths of a US dollar), so
// sums and budget comparisons are exact. Prices are per million tokens, so a
// token costs `price` micro-dollars.
import { priceOf } from "./price-table";

export type TTokenUsage = { inputTokens: number; outputTokens: number; cachedInputTokens: number };
export type TCost = { micros: number; priced: boolean };

export function costOf(provider: string, model: string, usage: TTokenUsage): TCost {
  const price = priceOf(provider, model);
  if (!price) return { micros: 0, priced: false };
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const exact = (usage.inputTokens - cached) * price.input + cached * price.cachedInput + usage.outputTokens * price.output;
  return { micros: Math.round(exact), priced: true };
}

/**
 * The most a call can cost: every input token uncached (plus a margin, since
 * providers count tokens a little differently from our tokenizer) and the
 * whole output allowance used. Reserving this keeps spend under a cap.
 */
export function worstCaseCostOf(provider: string, model: string, inputTokens: number, maxOutputTokens: number): number {
  const price = priceOf(provider, model);
  if (!price) return 0;
  return Math.ceil(Math.ceil(inputTokens * 1.1) * price.input + maxOutputTokens * price.output);
}

export const microsToUsd = (micros: number | bigint): number => Number(micros) / 1_000_000;
export const usdToMicros = (usd: number): number => Math.round(usd * 1_000_000);

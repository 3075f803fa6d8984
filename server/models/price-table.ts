// List prices per million tokens, per model, with the date they were taken from
// the provider's pricing page. Costs on every ModelCall come from here, so a
// price change is a code change with a date, reviewed like any other.
// Models not listed (self-hosted OpenAI-compatible ones, new releases) are
// recorded as unpriced rather than guessed.

export type TModelPrice = {
  /** USD per million input tokens not served from the provider's prompt cache. */
  input: number;
  /** USD per million input tokens read from the provider's prompt cache. */
  cachedInput: number;
  /** USD per million output tokens (reasoning tokens included). */
  output: number;
  /** When the figures were read off the provider's pricing page. */
  asOf: string;
};

export const priceTable: Record<string, Record<string, TModelPrice>> = {
  openai: {
    "gpt-5": { input: 1.25, cachedInput: 0.125, output: 10, asOf: "2025-11-20" },
    "gpt-5-mini": { input: 0.25, cachedInput: 0.025, output: 2, asOf: "2025-11-20" },
    "gpt-5-nano": { input: 0.05, cachedInput: 0.005, output: 0.4, asOf: "2025-11-20" },
    "gpt-4.1": { input: 2, cachedInput: 0.5, output: 8, asOf: "2025-11-20" },
    "gpt-4.1-mini": { input: 0.4, cachedInput: 0.1, output: 1.6, asOf: "2025-11-20" },
    "gpt-4.1-nano": { input: 0.1, cachedInput: 0.025, output: 0.4, asOf: "2025-11-20" },
    "gpt-4o": { input: 2.5, cachedInput: 1.25, output: 10, asOf: "2025-11-20" },
    "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6, asOf: "2025-11-20" },
    o3: { input: 2, cachedInput: 0.5, output: 8, asOf: "2025-11-20" },
    "o4-mini": { input: 1.1, cachedInput: 0.275, output: 4.4, asOf: "2025-11-20" },
  },
  anthropic: {
    "claude-opus-4-5": { input: 5, cachedInput: 0.5, output: 25, asOf: "2025-11-24" },
    "claude-opus-4-1": { input: 15, cachedInput: 1.5, output: 75, asOf: "2025-11-20" },
    "claude-sonnet-4-5": { input: 3, cachedInput: 0.3, output: 15, asOf: "2025-11-20" },
    "claude-sonnet-4-0": { input: 3, cachedInput: 0.3, output: 15, asOf: "2025-11-20" },
    "claude-haiku-4-5": { input: 1, cachedInput: 0.1, output: 5, asOf: "2025-11-20" },
    "claude-3-5-haiku-latest": { input: 0.8, cachedInput: 0.08, output: 4, asOf: "2025-11-20" },
  },
  // The offline model runs in-process and costs nothing.
  offline: {
    "offline-model": { input: 0, cachedInput: 0, output: 0, asOf: "2026-11-26" },
  },
};

/**
 * The price of a model, matching dated snapshots to their family
 * ("gpt-5-mini-2025-08-07" → "gpt-5-mini", "claude-sonnet-4-5-20250929" →
 * "claude-sonnet-4-5"): the longest listed name the id starts with.
 */
export function priceOf(provider: string, model: string): TModelPrice | null {
  const table = priceTable[provider];
  if (!table) return null;
  if (table[model]) return table[model];
  const family = Object.keys(table)
    .filter((name) => model.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  return family ? table[family]! : null;
}

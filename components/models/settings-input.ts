// Reading what people type into Settings → Models: tier model lists, dollar
// caps, and cache lifetimes shown back in words. Pure, so it is unit tested.
import { formatUsd } from "@/components/usage/format";

import { MAX_TIER_MODELS, MODEL_REF_PATTERN } from "./provider-meta";

export const MAX_USD = 1_000_000;
export const MAX_TTL_SECONDS = 30 * 86_400;

/** The lines of the editor as refs, or the first problem with them. */
export function parseTierModels(text: string): { refs: string[]; error?: string } {
  const refs = [...new Set(text.split(/[\n,]/).map((line) => line.trim()).filter(Boolean))];
  const bad = refs.find((ref) => !MODEL_REF_PATTERN.test(ref));
  if (bad) return { refs, error: `“${bad}” is not provider:model. Write one per line, e.g. openai:gpt-5-mini, anthropic:claude-haiku-4-5 or compatible:llama3.1.` };
  if (refs.length > MAX_TIER_MODELS) return { refs, error: `A tier can list up to ${MAX_TIER_MODELS} models; this has ${refs.length}.` };
  return { refs };
}

/** "" → null (no cap); a number of dollars; or what is wrong with the text. */
export function parseUsd(text: string): { value: number | null; error?: string } {
  const trimmed = text.trim().replace(/^\$/, "").replace(/,/g, "");
  if (!trimmed) return { value: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { value: null, error: "Enter an amount in dollars, e.g. 50 or 12.50, or leave it empty for no cap." };
  if (value < 0) return { value: null, error: "A cap can't be negative." };
  if (value > MAX_USD) return { value: null, error: `Caps go up to ${formatUsd(MAX_USD)}.` };
  return { value: Math.round(value * 100) / 100 };
}

/** 5400 → "1 hour 30 minutes", 86400 → "1 day", 0 → "off". */
export function describeTtl(seconds: number): string {
  if (seconds <= 0) return "off";
  const units: [number, string][] = [
    [86_400, "day"],
    [3_600, "hour"],
    [60, "minute"],
    [1, "second"],
  ];
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count) parts.push(`${count} ${name}${count === 1 ? "" : "s"}`);
  }
  return parts.join(" ");
}

// Token counting with a real BPE tokenizer (o200k_base, the encoding of current
// OpenAI models; a close estimate for other providers). Counts are memoised by
// text because the same deliverables are counted again and again.
import { countTokens as count } from "gpt-tokenizer";
import { LruCache } from "@/server/shared/lru-cache";

const memo = new LruCache<string, number>(5_000);

export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const n = count(text);
  memo.set(text, n);
  return n;
}

/** The longest prefix of `text` that fits in `budget` tokens (binary search on characters). */
export function truncateToTokens(text: string, budget: number): string {
  if (budget <= 0) return "";
  if (countTokens(text) <= budget) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (count(text.slice(0, mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, low);
}

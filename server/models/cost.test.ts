import { describe, expect, it } from "vitest";
import { costOf, microsToUsd, usdToMicros, worstCaseCostOf } from "./cost";
import { priceOf, priceTable } from "./price-table";

describe("price table", () => {
  it("matches dated snapshots to their family, longest name first", () => {
    expect(priceOf("openai", "gpt-5-mini-2025-08-07")).toBe(priceTable.openai!["gpt-5-mini"]);
    expect(priceOf("openai", "gpt-5-2025-08-07")).toBe(priceTable.openai!["gpt-5"]);
    expect(priceOf("anthropic", "claude-sonnet-4-5-20250929")).toBe(priceTable.anthropic!["claude-sonnet-4-5"]);
  });

  it("does not guess unknown models or providers", () => {
    expect(priceOf("openai", "gpt-9")).toBeNull();
    expect(priceOf("compatible", "llama3.2")).toBeNull();
    expect(priceOf("openai", "gpt-5x")).toBeNull();
  });

  it("dates every price", () => {
    for (const models of Object.values(priceTable))
      for (const price of Object.values(models)) expect(price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("cost arithmetic", () => {
  it("prices uncached input, cached input and output separately", () => {
    // claude-sonnet-4-5: $3 in, $0.30 cached, $15 out per million.
    const cost = costOf("anthropic", "claude-sonnet-4-5", { inputTokens: 10_000, cachedInputTokens: 4_000, outputTokens: 2_000 });
    // 6000 × 3 + 4000 × 0.3 + 2000 × 15 = 18000 + 1200 + 30000 µ$
    expect(cost).toEqual({ micros: 49_200, priced: true });
    expect(microsToUsd(cost.micros)).toBeCloseTo(0.0492, 10);
  });

  it("rounds fractions of a micro-dollar to the nearest one", () => {
    // gpt-5-nano: $0.05 per million in → 7 tokens = 0.35 µ$, 3 out × 0.4 = 1.2 µ$ → 1.55 → 2
    expect(costOf("openai", "gpt-5-nano", { inputTokens: 7, cachedInputTokens: 0, outputTokens: 3 }).micros).toBe(2);
  });

  it("never counts more cached tokens than input tokens", () => {
    const cost = costOf("openai", "gpt-5", { inputTokens: 100, cachedInputTokens: 500, outputTokens: 0 });
    expect(cost.micros).toBe(Math.round(100 * 0.125));
  });

  it("records unknown models as unpriced at zero", () => {
    expect(costOf("compatible", "qwen2.5:14b", { inputTokens: 5000, cachedInputTokens: 0, outputTokens: 900 })).toEqual({ micros: 0, priced: false });
  });

  it("reserves the worst case: 10% input margin and the whole output allowance", () => {
    // gpt-5: 1000 in → 1100 × 1.25 = 1375; 4000 out × 10 = 40000
    expect(worstCaseCostOf("openai", "gpt-5", 1000, 4000)).toBe(41_375);
    expect(worstCaseCostOf("compatible", "llama3", 1000, 4000)).toBe(0);
  });

  it("converts dollars and micro-dollars both ways", () => {
    expect(usdToMicros(12.5)).toBe(12_500_000);
    expect(microsToUsd(BigInt(2_500_000))).toBe(2.5);
  });
});

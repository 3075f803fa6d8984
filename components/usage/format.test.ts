import { describe, expect, it } from "vitest";

import { formatDay, formatDuration, formatMonth, formatPercent, formatTokens, formatUsd, formatUsdAxis, plural } from "./format";

describe("formatUsd", () => {
  it("keeps four decimals for small costs and two with grouping for large ones", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(0.00001)).toBe("<$0.0001");
    expect(formatUsd(0.0123)).toBe("$0.0123");
    expect(formatUsd(0.25)).toBe("$0.25");
    expect(formatUsd(1234.5612)).toBe("$1,234.56");
  });

  it("writes axis ticks short", () => {
    expect(formatUsdAxis(0)).toBe("$0");
    expect(formatUsdAxis(0.005)).toBe("$0.005");
    expect(formatUsdAxis(1.5)).toBe("$1.5");
    expect(formatUsdAxis(12.4)).toBe("$12");
    expect(formatUsdAxis(1500)).toBe("$1.5k");
  });
});

describe("formatTokens", () => {
  it("abbreviates thousands and millions without a trailing .0", () => {
    expect(formatTokens(950)).toBe("950");
    expect(formatTokens(12_345)).toBe("12.3k");
    expect(formatTokens(12_000)).toBe("12k");
    expect(formatTokens(999_999)).toBe("1M");
    expect(formatTokens(4_520_000)).toBe("4.5M");
  });
});

describe("other formats", () => {
  it("reads ratios, durations, days and counts", () => {
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.004)).toBe("0.4%");
    expect(formatPercent(0.4217)).toBe("42%");
    expect(formatDuration(840)).toBe("840 ms");
    expect(formatDuration(1240)).toBe("1.2 s");
    expect(formatDay("2026-11-26")).toBe("Nov 26");
    expect(formatMonth("2026-11")).toBe("November 2026");
    expect(plural(1, "call")).toBe("1 call");
    expect(plural(1200, "call")).toBe("1,200 calls");
  });
});

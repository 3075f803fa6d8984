import { describe, expect, it } from "vitest";

import { formatCount, formatDuration, formatTokens, formatUsd, humanizeId, plural, spanMs } from "./format";

describe("formatUsd", () => {
  it("shows zero to the cent and small amounts to a hundredth of a cent", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(0.0123)).toBe("$0.0123");
    expect(formatUsd(0.00004)).toBe("$0.0000");
    expect(formatUsd(0.5)).toBe("$0.5000");
  });
  it("shows a dollar or more to the cent, with separators", () => {
    expect(formatUsd(1.5)).toBe("$1.50");
    expect(formatUsd(1204)).toBe("$1,204.00");
  });
});

describe("formatCount and formatTokens", () => {
  it("abbreviates thousands and millions to one decimal", () => {
    expect(formatCount(850)).toBe("850");
    expect(formatCount(12_345)).toBe("12.3k");
    expect(formatCount(1_000)).toBe("1k");
    expect(formatCount(1_234_567)).toBe("1.2M");
  });
  it("names the unit, singular for one", () => {
    expect(formatTokens(1)).toBe("1 token");
    expect(formatTokens(12_300)).toBe("12.3k tokens");
  });
});

describe("formatDuration", () => {
  it("keeps a decimal under ten seconds", () => {
    expect(formatDuration(40)).toBe("<0.1s");
    expect(formatDuration(420)).toBe("0.4s");
    expect(formatDuration(9_940)).toBe("9.9s");
  });
  it("shows the two largest units", () => {
    expect(formatDuration(12_000)).toBe("12s");
    expect(formatDuration(80_000)).toBe("1m 20s");
    expect(formatDuration(120_000)).toBe("2m");
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000 + 9_000)).toBe("2h 5m");
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe("3d 4h");
  });
  it("shows a dash when there is nothing to measure", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(-5)).toBe("—");
  });
});

describe("spanMs", () => {
  it("measures to the end, or to now while unfinished", () => {
    const start = new Date("2026-01-01T00:00:00Z");
    expect(spanMs(start, new Date("2026-01-01T00:01:20Z"), 0)).toBe(80_000);
    expect(spanMs(start, null, start.getTime() + 5_000)).toBe(5_000);
    expect(spanMs(null, null, 0)).toBeNull();
  });
});

describe("humanizeId and plural", () => {
  it("reads ids as words", () => {
    expect(humanizeId("backend_developer")).toBe("Backend developer");
  });
  it("pluralises by count", () => {
    expect(plural(1, "step")).toBe("1 step");
    expect(plural(3, "step")).toBe("3 steps");
    expect(plural(2, "entry", "entries")).toBe("2 entries");
  });
});

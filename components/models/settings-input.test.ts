import { describe, expect, it } from "vitest";

import { describeTtl, parseTierModels, parseUsd } from "./settings-input";

describe("parseTierModels", () => {
  it("reads one ref per line, drops blanks and repeats, keeps the order", () => {
    expect(parseTierModels(" openai:gpt-5-mini\n\nanthropic:claude-haiku-4-5\nopenai:gpt-5-mini\ncompatible:llama3.2:3b ")).toEqual({
      refs: ["openai:gpt-5-mini", "anthropic:claude-haiku-4-5", "compatible:llama3.2:3b"],
    });
    expect(parseTierModels("")).toEqual({ refs: [] });
  });

  it("names the first line that is not provider:model", () => {
    expect(parseTierModels("openai:gpt-5\ngpt-4o").error).toMatch(/^“gpt-4o” is not provider:model/);
    expect(parseTierModels("offline:offline-model").error).toMatch(/offline:offline-model/);
  });

  it("refuses more than six models", () => {
    const seven = Array.from({ length: 7 }, (_, i) => `openai:m${i}`).join("\n");
    expect(parseTierModels(seven).error).toBe("A tier can list up to 6 models; this has 7.");
  });
});

describe("parseUsd", () => {
  it("treats empty as no cap and accepts dollars with a sign or grouping", () => {
    expect(parseUsd("  ")).toEqual({ value: null });
    expect(parseUsd("$1,250.5")).toEqual({ value: 1250.5 });
    expect(parseUsd("12.345")).toEqual({ value: 12.35 });
  });

  it("says what is wrong", () => {
    expect(parseUsd("ten").error).toMatch(/^Enter an amount in dollars/);
    expect(parseUsd("-1").error).toBe("A cap can't be negative.");
    expect(parseUsd("2000000").error).toBe("Caps go up to $1,000,000.00.");
  });
});

describe("describeTtl", () => {
  it("writes a lifetime in words", () => {
    expect(describeTtl(0)).toBe("off");
    expect(describeTtl(86_400)).toBe("1 day");
    expect(describeTtl(5_400)).toBe("1 hour 30 minutes");
    expect(describeTtl(2 * 86_400 + 5)).toBe("2 days 5 seconds");
  });
});

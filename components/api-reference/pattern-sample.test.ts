import { describe, expect, it } from "vitest";

import { sampleForPattern } from "./pattern-sample";

describe("sampleForPattern", () => {
  it("prefers the first readable candidate that matches", () => {
    expect(sampleForPattern("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", ["Example agent", "example_agent", "example-agent"])).toBe("example_agent");
    expect(sampleForPattern("^[A-Za-z0-9_.:-]+$", ["YOUR_PROJECT_ID"])).toBe("YOUR_PROJECT_ID");
  });

  it("builds a match from alternation, literals and quantified classes", () => {
    expect(sampleForPattern("^(openai|anthropic|compatible|offline):\\S+$", ["Example model"])).toBe("openai:example");
    expect(sampleForPattern("^cc_live_[A-Za-z0-9]{8}$")).toBe("cc_live_aaaaaaaa");
    expect(sampleForPattern("^\\d{4}-\\d{2}$")).toBe("0000-00");
    expect(sampleForPattern("^v(?:\\d+)\\.x$")).toBe("v0.x");
    expect(sampleForPattern("^[^a-z]+$")).toBe("0");
  });

  it("respects length limits and gives up when it cannot satisfy them", () => {
    expect(sampleForPattern("^[a-z]+$", ["ab", "abcdef"], { minLength: 3 })).toBe("abcdef");
    expect(sampleForPattern("^[a-z]$", [], { minLength: 2 })).toBeUndefined();
  });

  it("gives up on backreferences and invalid expressions", () => {
    expect(sampleForPattern("^(a)\\1$")).toBeUndefined();
    expect(sampleForPattern("^(unclosed$")).toBeUndefined();
  });
});

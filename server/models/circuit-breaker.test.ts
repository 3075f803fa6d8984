import { describe, expect, it } from "vitest";
import { CircuitBreakers } from "./circuit-breaker";

function breakers() {
  let now = 1_000;
  const b = new CircuitBreakers({ threshold: 3, coolDownMs: 10_000, now: () => now });
  return { b, advance: (ms: number) => (now += ms) };
}

describe("circuit breaker", () => {
  it("opens after the threshold of consecutive failures, only for that model", () => {
    const { b } = breakers();
    b.recordFailure("openai:gpt-5");
    b.recordFailure("openai:gpt-5");
    expect(b.state("openai:gpt-5")).toBe("closed");
    b.recordFailure("openai:gpt-5");
    expect(b.state("openai:gpt-5")).toBe("open");
    expect(b.tryAcquire("openai:gpt-5")).toBe(false);
    expect(b.retryInMs("openai:gpt-5")).toBe(10_000);
    expect(b.tryAcquire("openai:gpt-5-mini")).toBe(true);
  });

  it("a success resets the count of consecutive failures", () => {
    const { b } = breakers();
    b.recordFailure("m");
    b.recordFailure("m");
    b.recordSuccess("m");
    b.recordFailure("m");
    b.recordFailure("m");
    expect(b.state("m")).toBe("closed");
  });

  it("half-opens after the cool-down and lets exactly one trial through", () => {
    const { b, advance } = breakers();
    for (let i = 0; i < 3; i++) b.recordFailure("m");
    advance(9_999);
    expect(b.state("m")).toBe("open");
    advance(1);
    expect(b.state("m")).toBe("half_open");
    expect(b.tryAcquire("m")).toBe(true);
    expect(b.tryAcquire("m")).toBe(false);
  });

  it("a successful trial closes the circuit", () => {
    const { b, advance } = breakers();
    for (let i = 0; i < 3; i++) b.recordFailure("m");
    advance(10_000);
    b.tryAcquire("m");
    b.recordSuccess("m");
    expect(b.state("m")).toBe("closed");
    expect(b.tryAcquire("m")).toBe(true);
  });

  it("a failed trial opens it again for a whole cool-down", () => {
    const { b, advance } = breakers();
    for (let i = 0; i < 3; i++) b.recordFailure("m");
    advance(10_000);
    b.tryAcquire("m");
    b.recordFailure("m");
    expect(b.state("m")).toBe("open");
    expect(b.retryInMs("m")).toBe(10_000);
  });
});

import { describe, expect, it } from "vitest";

import { isActive, reviveRun } from "./run-types";

// A snapshot event's data as it arrives: the run as JSON, so every date is a string.
const snapshot = {
  id: "run_1",
  number: 3,
  status: "running",
  createdAt: "2026-11-26T10:00:00.000Z",
  startedAt: "2026-11-26T10:00:01.000Z",
  finishedAt: null,
  steps: [
    { id: "plan", startedAt: "2026-11-26T10:00:02.000Z", finishedAt: "2026-11-26T10:00:05.000Z" },
    { id: "build", startedAt: null, finishedAt: null },
  ],
  artifacts: [{ id: "a1", createdAt: "2026-11-26T10:00:05.000Z" }],
  handoffs: [{ messageId: "h1", timestamp: "2026-11-26T10:00:05.500Z" }],
  approvals: [{ id: "ap1", decidedAt: null, expiresAt: "2026-11-29T10:00:05.000Z" }],
};

describe("reviveRun", () => {
  it("turns every date back into a Date and keeps nulls", () => {
    const run = reviveRun(JSON.parse(JSON.stringify(snapshot)));
    expect(run.createdAt).toEqual(new Date("2026-11-26T10:00:00.000Z"));
    expect(run.startedAt).toEqual(new Date("2026-11-26T10:00:01.000Z"));
    expect(run.finishedAt).toBeNull();
    expect(run.steps[0]!.finishedAt!.getTime() - run.steps[0]!.startedAt!.getTime()).toBe(3_000);
    expect(run.steps[1]!.startedAt).toBeNull();
    expect(run.artifacts[0]!.createdAt).toBeInstanceOf(Date);
    expect(run.handoffs[0]!.timestamp).toEqual(new Date("2026-11-26T10:00:05.500Z"));
    expect(run.approvals[0]!.decidedAt).toBeNull();
    expect(run.approvals[0]!.expiresAt).toEqual(new Date("2026-11-29T10:00:05.000Z"));
    expect(run.number).toBe(3);
  });
});

describe("isActive", () => {
  it("is true while the run can still change", () => {
    expect(["queued", "running", "waiting_approval"].every((s) => isActive(s as never))).toBe(true);
    expect(["succeeded", "failed", "cancelled"].some((s) => isActive(s as never))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";

import { DAG, layoutDag, type TDagStepInput } from "./dag-layout";

const steps: TDagStepInput[] = [
  { id: "plan", kind: "agent", dependsOn: [], group: "Plan" },
  { id: "gate", kind: "approval", dependsOn: ["plan"], group: "Plan" },
  { id: "api", kind: "agent", dependsOn: ["gate"], group: "Build" },
  { id: "ui", kind: "agent", dependsOn: ["gate"], group: "Build" },
  { id: "qa", kind: "agent", dependsOn: ["api", "ui"], group: null },
];
const layers = [["plan"], ["gate"], ["api", "ui"], ["qa"]];

describe("layoutDag", () => {
  it("puts each layer in its own column, left to right, and stacks parallel steps", () => {
    const layout = layoutDag(layers, steps, 1000);
    const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
    expect(layout.nodes.map((n) => n.column)).toEqual([0, 1, 2, 2, 3]);
    expect(node("gate").x).toBeGreaterThan(node("plan").x + node("plan").w);
    expect(node("api").x).toBe(node("ui").x);
    expect(node("ui").y).toBe(node("api").y + DAG.nodeH + DAG.rowGap);
    expect(node("gate").h).toBe(DAG.approvalH);
    expect(node("gate").w).toBeCloseTo(node("plan").w * DAG.gateColumn);
  });

  it("centres a column's boxes on the tallest column", () => {
    const layout = layoutDag(layers, steps, 1000);
    const plan = layout.nodes.find((n) => n.id === "plan")!;
    const api = layout.nodes.find((n) => n.id === "api")!;
    const ui = layout.nodes.find((n) => n.id === "ui")!;
    expect(plan.y + plan.h / 2).toBeCloseTo((api.y + ui.y + ui.h) / 2);
  });

  it("draws one edge per dependency, from the right of one box to the left of the next", () => {
    const layout = layoutDag(layers, steps, 1000);
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(["plan>gate", "gate>api", "gate>ui", "api>qa", "ui>qa"]);
    const plan = layout.nodes.find((n) => n.id === "plan")!;
    expect(layout.edges[0]!.d.startsWith(`M ${plan.x + plan.w} ${plan.y + plan.h / 2}`)).toBe(true);
  });

  it("keeps boxes readable on narrow screens by growing wider than the space (the card scrolls)", () => {
    const layout = layoutDag(layers, steps, 300);
    expect(layout.nodeWidth).toBe(DAG.minNodeW);
    expect(layout.width).toBeGreaterThan(300);
  });

  it("caps box width on wide screens and centres the drawing", () => {
    const layout = layoutDag(layers, steps, 3000);
    expect(layout.nodeWidth).toBe(DAG.maxNodeW);
    expect(layout.width).toBe(3000);
    const first = layout.nodes[0]!;
    const last = layout.nodes.at(-1)!;
    expect(first.x).toBeCloseTo(3000 - (last.x + last.w));
  });

  it("labels runs of columns that share a group, and nothing for mixed or missing groups", () => {
    const layout = layoutDag(layers, steps, 1000);
    expect(layout.groups.map((g) => g.label)).toEqual(["Plan", "Build"]);
    const plan = layout.nodes.find((n) => n.id === "plan")!;
    const gate = layout.nodes.find((n) => n.id === "gate")!;
    expect(layout.groups[0]!.x).toBe(plan.x);
    expect(layout.groups[0]!.w).toBeCloseTo(gate.x + gate.w - plan.x);
  });

  it("still draws steps the layers leave out", () => {
    const layout = layoutDag([["plan"]], steps.slice(0, 2), 800);
    expect(layout.nodes.map((n) => n.id)).toEqual(["plan", "gate"]);
  });
});

import { describe, expect, it } from "vitest";

import { fitLayout, forceLayout, type TLayoutEdge, type TLayoutNode } from "./force-layout";

function graph(n: number): { nodes: TLayoutNode[]; edges: TLayoutEdge[] } {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, radius: i < 3 ? 14 : 6, weight: i < 3 ? 1 - i * 0.2 : 0.1 }));
  // Three hubs with spokes, the hubs linked, and every tenth node on its own.
  const edges: TLayoutEdge[] = [{ from: "e0", to: "e1", weight: 2 }, { from: "e1", to: "e2", weight: 1 }];
  for (let i = 3; i < n; i++) if (i % 10 !== 0) edges.push({ from: `e${i}`, to: `e${i % 3}`, weight: 1 });
  return { nodes, edges };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("forceLayout", () => {
  it("is deterministic and ignores the order nodes arrive in", () => {
    const { nodes, edges } = graph(40);
    const first = forceLayout(nodes, edges);
    const again = forceLayout([...nodes].reverse(), [...edges].reverse());
    for (const node of nodes) expect(again.positions.get(node.id)).toEqual(first.positions.get(node.id));
  });

  it("places every node, keeps them apart, and keeps related nodes closer than unrelated ones", () => {
    const { nodes, edges } = graph(150);
    const { positions } = forceLayout(nodes, edges);
    expect(positions.size).toBe(150);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);

    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        if (distance(positions.get(a.id)!, positions.get(b.id)!) < a.radius + b.radius) overlaps++;
      }
    }
    expect(overlaps).toBe(0);

    const linked = edges.map((e) => distance(positions.get(e.from)!, positions.get(e.to)!));
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    const all: number[] = [];
    for (let i = 0; i < nodes.length; i += 7) for (let j = i + 3; j < nodes.length; j += 11) all.push(distance(positions.get(nodes[i]!.id)!, positions.get(nodes[j]!.id)!));
    expect(mean(linked)).toBeLessThan(mean(all) / 2);
  });

  it("handles an empty graph and a lone node", () => {
    expect(forceLayout([], []).positions.size).toBe(0);
    const lone = forceLayout([{ id: "a", radius: 5, weight: 1 }], []);
    expect(lone.positions.get("a")).toBeDefined();
  });
});

describe("fitLayout", () => {
  it("fits the points inside the box, padding kept, without blowing small drawings up", () => {
    const points = [{ x: -50, y: -20 }, { x: 150, y: 80 }];
    const fit = fitLayout(points, 500, 300, { x: 20, y: 10 });
    for (const p of points) {
      const x = fit.offsetX + p.x * fit.scale;
      const y = fit.offsetY + p.y * fit.scale;
      expect(x).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(x).toBeLessThanOrEqual(480 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(y).toBeLessThanOrEqual(290 + 1e-9);
    }
    expect(fitLayout([{ x: 0, y: 0 }, { x: 10, y: 10 }], 500, 300, { x: 20, y: 10 }, 1.6).scale).toBe(1.6);
  });
});

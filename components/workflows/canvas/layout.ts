// Where the canvas puts steps: a column per topological layer (steps that can
// run at the same time), rows within a column ordered to follow the steps they
// wait for, every column centred on the same line. Unlike the server's
// topologicalLayers this tolerates what a draft may hold: cycles, unknown
// and self dependencies are ignored for placement (validation reports them).
import type { TPoint } from "../workflow-types";

export const NODE = { width: 184, height: 76, colGap: 40, rowGap: 16 } as const;

type TGraphStep = { id: string; dependsOn: readonly string[] };

/** Layer n: steps whose longest chain of (acyclic, known) dependencies has n links. */
export function stepLayers(steps: readonly TGraphStep[]): string[][] {
  const known = new Set(steps.map((s) => s.id));
  const deps = new Map(steps.map((s) => [s.id, s.dependsOn.filter((d) => d !== s.id && known.has(d))]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const done = depth.get(id);
    if (done !== undefined) return done;
    if (visiting.has(id)) return -1; // an edge that closes a cycle places nothing
    visiting.add(id);
    let value = 0;
    for (const d of deps.get(id) ?? []) value = Math.max(value, depthOf(d) + 1);
    visiting.delete(id);
    depth.set(id, value);
    return value;
  };
  const layers: string[][] = [];
  const placed = new Set<string>(); // a duplicate id is placed once
  for (const s of steps) {
    if (placed.has(s.id)) continue;
    placed.add(s.id);
    (layers[depthOf(s.id)] ??= []).push(s.id);
  }
  return layers.filter(Boolean);
}

/** Order each layer by the average row of the steps it waits for (fewer crossings), keeping definition order on ties. */
function orderLayers(layers: string[][], steps: readonly TGraphStep[]): string[][] {
  const deps = new Map(steps.map((s) => [s.id, s.dependsOn]));
  const row = new Map<string, number>();
  return layers.map((layer, column) => {
    const keyed = layer.map((id, index) => {
      const parents = (deps.get(id) ?? []).map((d) => row.get(d)).filter((r): r is number => r !== undefined);
      const centre = column > 0 && parents.length ? parents.reduce((a, b) => a + b, 0) / parents.length : index;
      return { id, centre, index };
    });
    keyed.sort((a, b) => a.centre - b.centre || a.index - b.index);
    const ordered = keyed.map((k) => k.id);
    // Rows are relative to each column's centre so columns of different heights compare fairly.
    ordered.forEach((id, i) => row.set(id, i - (ordered.length - 1) / 2));
    return ordered;
  });
}

/** Positions for every step, by layer. */
export function tidyPositions(steps: readonly TGraphStep[]): Record<string, TPoint> {
  const layers = orderLayers(stepLayers(steps), steps);
  const tallest = Math.max(1, ...layers.map((l) => l.length));
  const fullHeight = tallest * NODE.height + (tallest - 1) * NODE.rowGap;
  const positions: Record<string, TPoint> = {};
  layers.forEach((layer, column) => {
    const height = layer.length * NODE.height + (layer.length - 1) * NODE.rowGap;
    const top = (fullHeight - height) / 2;
    layer.forEach((id, i) => {
      positions[id] = { x: column * (NODE.width + NODE.colGap), y: top + i * (NODE.height + NODE.rowGap) };
    });
  });
  return positions;
}

/** Keep the positions of steps already placed; place the others where a tidy layout would. */
export function placeMissing(steps: readonly TGraphStep[], current: Record<string, TPoint>): Record<string, TPoint> {
  const missing = steps.filter((s) => !current[s.id]);
  if (missing.length === 0) return current;
  const tidy = tidyPositions(steps);
  const next = { ...current };
  for (const s of missing) next[s.id] = freeSpot(tidy[s.id] ?? { x: 0, y: 0 }, Object.values(next));
  return next;
}

/** The nearest spot at or below `wanted` that does not overlap a placed step. */
export function freeSpot(wanted: TPoint, taken: readonly TPoint[]): TPoint {
  const overlaps = (p: TPoint) => taken.some((t) => Math.abs(t.x - p.x) < NODE.width && Math.abs(t.y - p.y) < NODE.height);
  let spot = wanted;
  for (let i = 0; i < 60 && overlaps(spot); i++) spot = { x: wanted.x, y: wanted.y + (i + 1) * (NODE.height + NODE.rowGap) };
  return spot;
}

/** Space fitView leaves around the workflow, as a share of the canvas. */
export const FIT_PADDING = 0.06;
const FRAME = { min: 288, max: 560, chrome: 44 } as const;

/**
 * A canvas height that suits the workflow at this width: tall enough to show it
 * at the zoom its width allows (plus room for the toolbar and zoom buttons),
 * within a minimum and a maximum. Wide, shallow workflows get a short canvas.
 */
export function frameHeight(points: readonly TPoint[], width: number): number {
  if (points.length === 0 || width <= 0) return FRAME.min;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const graphWidth = Math.max(...xs) - Math.min(...xs) + NODE.width;
  const graphHeight = Math.max(...ys) - Math.min(...ys) + NODE.height;
  const zoom = Math.min(1, (width * (1 - 2 * FIT_PADDING)) / graphWidth);
  const needed = (graphHeight * zoom) / (1 - 2 * FIT_PADDING) + 2 * FRAME.chrome;
  return Math.round(Math.min(FRAME.max, Math.max(FRAME.min, needed)));
}

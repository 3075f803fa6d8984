// Where the run graph draws things: one column per layer (steps that can run at
// the same time), columns spread across the available width, each column's
// boxes centred vertically, curved edges from a step to the steps that depend
// on it, and the steps' group labels ("Plan", "Build"…) over the columns they
// span. Pure geometry in CSS pixels, so it can be tested without a browser.

export type TDagStepInput = { id: string; kind: "agent" | "approval"; dependsOn: string[]; group: string | null };

export type TDagNode = { id: string; kind: TDagStepInput["kind"]; x: number; y: number; w: number; h: number; column: number };
export type TDagEdge = { from: string; to: string; d: string; mid: { x: number; y: number } };
export type TDagGroup = { label: string; x: number; w: number };
export type TDagLayout = { width: number; height: number; nodes: TDagNode[]; edges: TDagEdge[]; groups: TDagGroup[]; nodeWidth: number };

export const DAG = {
  nodeH: 84,
  approvalH: 64,
  rowGap: 16,
  minColGap: 22,
  maxColGap: 88,
  minNodeW: 120,
  maxNodeW: 208,
  /** A column holding only approval gates is this much narrower: a gate has less to say. */
  gateColumn: 0.9,
  /** Room around the drawing for the running ring and focus outlines. */
  pad: 6,
  groupH: 26,
} as const;

/** Steps the layers don't mention (there should be none) go in a last column, so nothing disappears. */
function completeLayers(layers: string[][], steps: TDagStepInput[]): string[][] {
  const seen = new Set(layers.flat());
  const missing = steps.filter((s) => !seen.has(s.id)).map((s) => s.id);
  const known = new Set(steps.map((s) => s.id));
  const cleaned = layers.map((layer) => layer.filter((id) => known.has(id))).filter((layer) => layer.length > 0);
  return missing.length ? [...cleaned, missing] : cleaned;
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const k = Math.max(16, (x2 - x1) * 0.5);
  return `M ${x1} ${y1} C ${x1 + k} ${y1}, ${x2 - k} ${y2}, ${x2} ${y2}`;
}

export function layoutDag(rawLayers: string[][], steps: TDagStepInput[], availableWidth: number): TDagLayout {
  const layers = completeLayers(rawLayers, steps);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const columns = Math.max(1, layers.length);
  const inner = Math.max(0, availableWidth - 2 * DAG.pad);

  // Boxes grow up to their maximum first; any width left over widens the gaps, and past that the drawing is centred.
  const weights = layers.map((layer) => (layer.every((id) => byId.get(id)?.kind === "approval") ? DAG.gateColumn : 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const nodeWidth = Math.min(DAG.maxNodeW, Math.max(DAG.minNodeW, (inner - (columns - 1) * DAG.minColGap) / totalWeight));
  const colGap = columns > 1 ? Math.min(DAG.maxColGap, Math.max(DAG.minColGap, (inner - totalWeight * nodeWidth) / (columns - 1))) : 0;
  const drawingW = totalWeight * nodeWidth + (columns - 1) * colGap;
  const width = Math.max(availableWidth, drawingW + 2 * DAG.pad);
  const left = (width - drawingW) / 2;
  const colX: number[] = [];
  weights.reduce((x, weight, i) => {
    colX[i] = x;
    return x + weight * nodeWidth + colGap;
  }, left);
  const colW = (column: number) => (weights[column] ?? 1) * nodeWidth;

  const heightOf = (id: string) => (byId.get(id)?.kind === "approval" ? DAG.approvalH : DAG.nodeH);
  const columnH = layers.map((layer) => layer.reduce((sum, id) => sum + heightOf(id), 0) + (layer.length - 1) * DAG.rowGap);
  const hasGroups = steps.some((s) => s.group);
  const top = DAG.pad + (hasGroups ? DAG.groupH : 0);
  const bodyH = Math.max(...columnH, DAG.nodeH);
  const height = top + bodyH + DAG.pad;

  const nodes: TDagNode[] = [];
  layers.forEach((layer, column) => {
    const x = colX[column] ?? left;
    let y = top + (bodyH - (columnH[column] ?? 0)) / 2;
    for (const id of layer) {
      const h = heightOf(id);
      nodes.push({ id, kind: byId.get(id)?.kind ?? "agent", x, y, w: colW(column), h, column });
      y += h + DAG.rowGap;
    }
  });

  const place = new Map(nodes.map((n) => [n.id, n]));
  const edges: TDagEdge[] = [];
  for (const step of steps) {
    const to = place.get(step.id);
    if (!to) continue;
    for (const dep of step.dependsOn) {
      const from = place.get(dep);
      if (!from) continue;
      const x1 = from.x + from.w;
      const y1 = from.y + from.h / 2;
      const x2 = to.x;
      const y2 = to.y + to.h / 2;
      edges.push({ from: dep, to: step.id, d: curve(x1, y1, x2, y2), mid: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 } });
    }
  }

  // A label spans consecutive columns whose steps all share one group.
  const groups: TDagGroup[] = [];
  if (hasGroups) {
    const groupOf = (layer: string[]) => {
      const names = new Set(layer.map((id) => byId.get(id)?.group ?? null));
      return names.size === 1 ? [...names][0] ?? null : null;
    };
    let current: { label: string; first: number; last: number } | null = null;
    const close = () => {
      if (!current) return;
      const x = colX[current.first] ?? left;
      const w = (colX[current.last] ?? left) + colW(current.last) - x;
      groups.push({ label: current.label, x, w });
      current = null;
    };
    layers.forEach((layer, column) => {
      const label = groupOf(layer);
      if (current && label === current.label) current.last = column;
      else {
        close();
        if (label) current = { label, first: column, last: column };
      }
    });
    close();
  }

  return { width, height, nodes, edges, groups, nodeWidth };
}

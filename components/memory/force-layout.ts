// A small, deterministic force-directed layout for the memory graph (no
// dependencies). Each connected piece is laid out on its own: nodes start on
// a sunflower spiral, the most central in the middle; then a few hundred
// rounds of Fruchterman–Reingold (near nodes repel, relations pull, a gentle
// gravity holds the piece together) with a cooling step size, and a pass
// that pushes overlapping nodes apart. The pieces are then packed in rows,
// biggest first, so a few unconnected names don't push the rest into a
// corner. Same input, same picture: the only randomness is a seeded jitter.

export type TLayoutNode = { id: string; radius: number; /** Higher sits nearer the middle at the start. */ weight: number };
export type TLayoutEdge = { from: string; to: string; weight: number };
export type TPoint = { x: number; y: number };
export type TLayout = { positions: Map<string, TPoint> };

export type TLayoutOptions = {
  iterations?: number;
  seed?: number;
  /** Width over height of the area to fill. */
  aspect?: number;
};

/** mulberry32: a tiny seeded PRNG, so the jitter (and so the layout) is repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Room per node, in layout units (about pixels at scale 1). */
const CELL = 2600;
/** Room kept around a piece for the labels under its nodes, and between pieces. */
const MARGIN = { x: 34, top: 8, bottom: 22 };

type TLink = { a: number; b: number; w: number };

/** Fruchterman–Reingold on one connected piece; positions centred on (0, 0). */
function layoutPiece(nodes: TLayoutNode[], links: TLink[], iterations: number, aspect: number, rand: () => number): { xs: Float64Array; ys: Float64Array } {
  const n = nodes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const spacing = Math.sqrt(CELL / Math.PI);
  const stretch = Math.sqrt(aspect);
  nodes.forEach((_, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    const a = i * GOLDEN_ANGLE;
    xs[i] = r * Math.cos(a) * stretch + (rand() - 0.5) * 2;
    ys[i] = (r * Math.sin(a)) / stretch + (rand() - 0.5) * 2;
  });
  if (n < 2) return { xs, ys };

  const k = Math.sqrt(CELL) * 0.9;
  const k2 = k * k;
  // Far nodes barely push: ignoring them keeps a piece compact (and the loop cheap).
  const reach2 = 9 * k2;
  const gravity = 0.06;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = k * Math.sqrt(n) * 0.5;
  const cooling = temperature / (iterations + 1);

  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ox = xs[i]! - xs[j]!;
        let oy = ys[i]! - ys[j]!;
        let d2 = ox * ox + oy * oy;
        if (d2 > reach2) continue;
        if (d2 < 0.01) {
          ox = rand() - 0.5;
          oy = rand() - 0.5;
          d2 = ox * ox + oy * oy + 0.01;
        }
        const f = k2 / d2; // k² / d along the unit vector o / d
        dx[i]! += ox * f;
        dy[i]! += oy * f;
        dx[j]! -= ox * f;
        dy[j]! -= oy * f;
      }
    }
    for (const { a, b, w } of links) {
      const ox = xs[a]! - xs[b]!;
      const oy = ys[a]! - ys[b]!;
      const d = Math.sqrt(ox * ox + oy * oy) || 0.01;
      // Heavier relations pull harder, but only logarithmically.
      const f = (d / k) * (1 + Math.log1p(w) * 0.5);
      dx[a]! -= ox * f;
      dy[a]! -= oy * f;
      dx[b]! += ox * f;
      dy[b]! += oy * f;
    }
    for (let i = 0; i < n; i++) {
      // Weaker sideways gravity lets the piece spread to the wider side.
      dx[i]! -= (xs[i]! * gravity) / aspect;
      dy[i]! -= ys[i]! * gravity;
      const len = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!);
      if (len > 0) {
        const move = Math.min(len, temperature);
        xs[i]! += (dx[i]! / len) * move;
        ys[i]! += (dy[i]! / len) * move;
      }
    }
    temperature = Math.max(temperature - cooling, 0.5);
  }

  // Overlaps: push apart pairs closer than their radii plus a gap.
  for (let pass = 0; pass < 30; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const min = nodes[i]!.radius + nodes[j]!.radius + 8;
        const ox = xs[j]! - xs[i]!;
        const oy = ys[j]! - ys[i]!;
        const d = Math.sqrt(ox * ox + oy * oy);
        if (d >= min) continue;
        moved = true;
        const push = (min - d) / 2;
        const ux = d > 0.001 ? ox / d : 1;
        const uy = d > 0.001 ? oy / d : 0;
        xs[i]! -= ux * push;
        ys[i]! -= uy * push;
        xs[j]! += ux * push;
        ys[j]! += uy * push;
      }
    }
    if (!moved) break;
  }
  alignWide(xs, ys);
  return { xs, ys };
}

/** Turn a piece so its longest direction lies horizontally (the card is wider than tall). */
function alignWide(xs: Float64Array, ys: Float64Array): void {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]! / n;
    my += ys[i]! / n;
  }
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i]! - mx;
    const y = ys[i]! - my;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
  }
  // The principal axis' angle; rotating by its negative lays it along x.
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  for (let i = 0; i < n; i++) {
    const x = xs[i]! - mx;
    const y = ys[i]! - my;
    xs[i] = x * cos - y * sin;
    ys[i] = x * sin + y * cos;
  }
}

/** Connected pieces (union–find), each listing node indexes in the given order. */
function pieces(n: number, links: TLink[]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const { a, b } of links) parent[find(a)] = find(b);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(i);
    groups.set(root, group);
  }
  return [...groups.values()];
}

type TBoxed = { members: number[]; xs: Float64Array; ys: Float64Array; minX: number; minY: number; w: number; h: number };
type TPlaced = { box: TBoxed; x: number; y: number };

/** Left to right in rows no wider than `rowWidth` (a wider piece gets a row of its own). */
function shelves(boxes: TBoxed[], rowWidth: number): { rows: TPlaced[][]; width: number; height: number } {
  const rows: TPlaced[][] = [];
  let row: TPlaced[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  const close = () => {
    // Centre each piece vertically in its row.
    for (const placed of row) placed.y = y + (rowHeight - placed.box.h) / 2;
    rows.push(row);
    width = Math.max(width, x);
    y += rowHeight;
  };
  for (const box of boxes) {
    if (row.length > 0 && x + box.w > rowWidth + 1e-6) {
      close();
      row = [];
      x = 0;
      rowHeight = 0;
    }
    row.push({ box, x, y: 0 });
    x += box.w;
    rowHeight = Math.max(rowHeight, box.h);
  }
  if (row.length > 0) close();
  return { rows, width, height: y };
}

export function forceLayout(nodes: TLayoutNode[], edges: TLayoutEdge[], options: TLayoutOptions = {}): TLayout {
  const { iterations = 300, seed = 7, aspect = 1.3 } = options;
  // Sorted so the result does not depend on the order the server listed ties in.
  const order = [...nodes].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(order.map((node, i) => [node.id, i]));
  const links = edges
    .map((e) => ({ a: index.get(e.from), b: index.get(e.to), w: e.weight }))
    .filter((l): l is TLink => l.a !== undefined && l.b !== undefined && l.a !== l.b)
    .sort((x, y) => x.a - y.a || x.b - y.b || x.w - y.w);
  const rand = random(seed);

  // Lay out each piece, then measure it (nodes plus room for labels).
  const boxes: TBoxed[] = pieces(order.length, links).map((members) => {
    const local = new Map(members.map((global, i) => [global, i]));
    const own = links.filter((l) => local.has(l.a)).map((l) => ({ a: local.get(l.a)!, b: local.get(l.b)!, w: l.w }));
    const { xs, ys } = layoutPiece(
      members.map((i) => order[i]!),
      own,
      iterations,
      aspect,
      rand,
    );
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    members.forEach((global, i) => {
      const r = order[global]!.radius;
      minX = Math.min(minX, xs[i]! - r - MARGIN.x);
      maxX = Math.max(maxX, xs[i]! + r + MARGIN.x);
      minY = Math.min(minY, ys[i]! - r - MARGIN.top);
      maxY = Math.max(maxY, ys[i]! + r + MARGIN.bottom);
    });
    return { members, xs, ys, minX, minY, w: maxX - minX, h: maxY - minY };
  });
  // Biggest first; ties (single nodes) keep the centrality order.
  boxes.sort((a, b) => b.members.length - a.members.length || a.members[0]! - b.members[0]!);

  // Shelf packing in rows; of a few row widths, keep the one whose result fills the wanted aspect best.
  const widest = Math.max(...boxes.map((b) => b.w));
  const total = boxes.reduce((sum, b) => sum + b.w, 0);
  let best: { scale: number; rows: TPlaced[][]; width: number } | null = null;
  for (let i = 0; i <= 12; i++) {
    const rowWidth = widest + ((total - widest) * i) / 12;
    const packed = shelves(boxes, rowWidth);
    const scale = Math.min(aspect / packed.width, 1 / packed.height);
    if (!best || scale > best.scale + 1e-9) best = { scale, rows: packed.rows, width: packed.width };
  }
  const positions = new Map<string, TPoint>();
  for (const row of best?.rows ?? []) {
    // Centre each row's pieces across the widest row.
    const used = row.reduce((sum, p) => sum + p.box.w, 0);
    const shift = (best!.width - used) / 2;
    for (const { box, x, y } of row) {
      box.members.forEach((global, i) => positions.set(order[global]!.id, { x: shift + x + box.xs[i]! - box.minX, y: y + box.ys[i]! - box.minY }));
    }
  }
  return { positions };
}

export type TFit = { scale: number; offsetX: number; offsetY: number };

/**
 * Scale and offset that place the layout's points inside a box of `width` ×
 * `height` pixels, keeping `pad` clear around them for the nodes and labels.
 * Small graphs are not blown up past `maxScale` (long edges read worse than space).
 */
export function fitLayout(points: Iterable<TPoint>, width: number, height: number, pad: { x: number; y: number }, maxScale = 1.6): TFit {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) return { scale: 1, offsetX: width / 2, offsetY: height / 2 };
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const scale = Math.min(maxScale, Math.max(0.05, (width - 2 * pad.x) / spanX), Math.max(0.05, (height - 2 * pad.y) / spanY));
  return { scale, offsetX: width / 2 - ((minX + maxX) / 2) * scale, offsetY: height / 2 - ((minY + maxY) / 2) * scale };
}

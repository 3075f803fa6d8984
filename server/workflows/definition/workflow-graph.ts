// The dependsOn graph of a workflow: cycles, which steps can ever start,
// transitive upstream sets and topological layers (the steps that can run at
// the same time). Edges point in run order: "a → b" means b depends on a.
export type TGraphStep = { id: string; dependsOn: string[] };

/** The first step with each id (later duplicates are reported, then ignored). */
export function uniqueById<T extends TGraphStep>(steps: T[]): T[] {
  const seen = new Set<string>();
  return steps.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

/** Only ids that exist, once each, without self-references (reported elsewhere). */
function knownDeps(steps: TGraphStep[]): Map<string, string[]> {
  const ids = new Set(steps.map((s) => s.id));
  return new Map(steps.map((s) => [s.id, [...new Set(s.dependsOn)].filter((d) => d !== s.id && ids.has(d))]));
}

/**
 * Each cycle once, in run order and closed, starting at its first step in the
 * definition: ["a", "b", "c", "a"] means b waits for a, c for b and a for c.
 */
export function findCycles(steps: TGraphStep[]): string[][] {
  const deps = knownDeps(steps);
  const dependents = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  for (const [id, ds] of deps) for (const d of ds) dependents.get(d)!.push(id);

  // Tarjan's strongly connected components; any component of 2+ steps holds a cycle.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (id: string) => {
    index.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
    for (const next of dependents.get(id) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id)!, index.get(next)!));
      }
    }
    if (low.get(id) === index.get(id)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== id);
      if (component.length > 1) components.push(component);
    }
  };
  for (const s of steps) if (!index.has(s.id)) visit(s.id);

  const position = new Map(steps.map((s, i) => [s.id, i]));
  return components
    .map((component) => {
      const members = new Set(component);
      const start = component.reduce((a, b) => (position.get(a)! <= position.get(b)! ? a : b));
      return shortestLoop(start, members, dependents);
    })
    .sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!);
}

/** Breadth-first from start back to start, inside one component. */
function shortestLoop(start: string, members: Set<string>, dependents: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of dependents.get(id) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [id];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  return [start, start]; // unreachable for a real component
}

/** Every step reachable from a step's dependsOn, possibly including itself (a cycle). */
function reach(deps: Map<string, string[]>, id: string): Set<string> {
  const seen = new Set<string>();
  const todo = [...(deps.get(id) ?? [])];
  while (todo.length) {
    const next = todo.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    todo.push(...(deps.get(next) ?? []));
  }
  return seen;
}

/** Every step each step waits for, directly or through others. Tolerates cycles. */
export function upstreamSets(steps: TGraphStep[]): Map<string, Set<string>> {
  const deps = knownDeps(steps);
  return new Map(
    steps.map((s) => {
      const upstream = reach(deps, s.id);
      upstream.delete(s.id);
      return [s.id, upstream];
    }),
  );
}

/** Steps that wait for themselves, directly or through others. */
export function stepsInCycles(steps: TGraphStep[]): Set<string> {
  const deps = knownDeps(steps);
  return new Set(steps.filter((s) => reach(deps, s.id).has(s.id)).map((s) => s.id));
}

/**
 * Steps that can never start because something they wait for is broken (has a
 * dependsOn id that is not a step, depends on itself, or is in a cycle) —
 * "unreachable" in validation messages. Each maps to the chain it waits
 * through, ending at the broken step: qa → ["backend", "spec"]. Broken steps
 * themselves are not listed; their own problem is reported instead.
 */
export function blockedSteps(steps: TGraphStep[]): Map<string, string[]> {
  const ids = new Set(steps.map((s) => s.id));
  const deps = knownDeps(steps);
  const inCycle = stepsInCycles(steps);
  const isBroken = (s: TGraphStep) => inCycle.has(s.id) || s.dependsOn.some((d) => d === s.id || !ids.has(d));
  const byId = new Map(steps.map((s) => [s.id, s]));
  const memo = new Map<string, string[] | null>();
  // From a step down to the broken step that stops it; null when it can start.
  const chainFrom = (id: string): string[] | null => {
    if (memo.has(id)) return memo.get(id)!;
    let chain: string[] | null = isBroken(byId.get(id)!) ? [id] : null;
    for (const d of chain ? [] : deps.get(id)!) {
      const below = chainFrom(d);
      if (below) {
        chain = [id, ...below];
        break;
      }
    }
    memo.set(id, chain);
    return chain;
  };
  const result = new Map<string, string[]>();
  for (const s of steps) {
    const chain = chainFrom(s.id);
    if (chain && chain.length > 1) result.set(s.id, chain.slice(1));
  }
  return result;
}

/**
 * Layer n holds the steps whose longest dependsOn chain has n links, in
 * definition order: everything in one layer can run at the same time. Assumes
 * the graph has no cycles and no unknown ids (validate first).
 */
export function topologicalLayers(steps: TGraphStep[]): string[][] {
  const deps = knownDeps(steps);
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const value = Math.max(-1, ...(deps.get(id) ?? []).map(depthOf)) + 1;
    depth.set(id, value);
    return value;
  };
  const layers: string[][] = [];
  for (const s of steps) (layers[depthOf(s.id)] ??= []).push(s.id);
  return layers;
}

// Small wording helpers for workflow screens.

/** "1 agent", "3 agents". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a template or definition holds, in words: "5 agents, 1 approval · 6 stages". */
export function shapeSummary(steps: readonly { kind: "agent" | "approval" }[], stages: number): string {
  const agents = steps.filter((s) => s.kind === "agent").length;
  const gates = steps.length - agents;
  return `${plural(agents, "agent")}${gates ? `, ${plural(gates, "approval")}` : ""} · ${plural(stages, "stage")}`;
}

export const templateCategoryLabels: Record<string, string> = {
  web: "Web",
  ai: "AI",
  api: "API",
  frontend: "Frontend",
  mobile: "Mobile",
  starter: "Starter",
  review: "Review",
};

/** "MVP", or "MVP 2" when a workflow of that name exists already. */
export function freshName(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

// A workflow in miniature: a column of marks per layer (steps that run side by
// side), joined where a step waits for another. Agent steps are bars, approval
// gates diamonds, conditional steps hollow. Decorative: the card around it says
// the same in words.
import { cn } from "@/components/ui/cn";

import type { TWorkflowTemplate } from "./workflow-types";

const COL = 14;
const GAP = 10;
const ROW = 7;
const ROW_GAP = 4;

export function WorkflowPicture({ workflow, className }: { workflow: Pick<TWorkflowTemplate, "layers" | "steps">; className?: string }) {
  const byId = new Map(workflow.steps.map((s) => [s.id, s]));
  const tallest = Math.max(1, ...workflow.layers.map((l) => l.length));
  const height = tallest * ROW + (tallest - 1) * ROW_GAP + 2;
  const width = Math.max(1, workflow.layers.length) * (COL + GAP) - GAP + 2;
  const at = new Map<string, { x: number; y: number }>();
  workflow.layers.forEach((layer, column) => {
    const span = layer.length * ROW + (layer.length - 1) * ROW_GAP;
    layer.forEach((id, row) => at.set(id, { x: 1 + column * (COL + GAP), y: 1 + (height - 2 - span) / 2 + row * (ROW + ROW_GAP) }));
  });

  return (
    <svg aria-hidden width={width} height={height} viewBox={`0 0 ${width} ${height}`} className={cn("shrink-0 overflow-visible", className)}>
      {workflow.steps.flatMap((step) =>
        step.dependsOn.map((dep) => {
          const a = at.get(dep);
          const b = at.get(step.id);
          if (!a || !b) return null;
          const x1 = a.x + COL;
          const y1 = a.y + ROW / 2;
          const x2 = b.x;
          const y2 = b.y + ROW / 2;
          const k = (x2 - x1) / 2;
          return (
            <path
              key={`${dep}>${step.id}`}
              d={`M ${x1} ${y1} C ${x1 + k} ${y1}, ${x2 - k} ${y2}, ${x2} ${y2}`}
              fill="none"
              strokeWidth={1}
              className="stroke-muted-foreground/40"
            />
          );
        }),
      )}
      {[...at].map(([id, { x, y }]) => {
        const step = byId.get(id);
        if (step?.kind === "approval") {
          const cx = x + COL / 2;
          const cy = y + ROW / 2;
          const r = ROW / 2 + 1.5;
          return <path key={id} d={`M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`} className="fill-warning/85" />;
        }
        return (
          <rect
            key={id}
            x={x}
            y={y}
            width={COL}
            height={ROW}
            rx={2}
            strokeWidth={1}
            className={step?.conditional ? "fill-card stroke-primary/75" : "fill-primary/75"}
          />
        );
      })}
    </svg>
  );
}

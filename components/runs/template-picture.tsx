// A workflow in miniature: one column of marks per layer (steps that run side
// by side), joined where a step waits for another. Agents are bars, approval
// gates diamonds, conditional steps hollow. Decorative: the card names the
// template and counts its steps in words.
import { cn } from "@/components/ui/cn";

import type { TWorkflowTemplate } from "./run-types";

const COL = 12;
const GAP = 9;
const ROW = 7;
const ROW_GAP = 4;

export function TemplatePicture({ template, className }: { template: Pick<TWorkflowTemplate, "layers" | "steps">; className?: string }) {
  const byId = new Map(template.steps.map((s) => [s.id, s]));
  const tallest = Math.max(1, ...template.layers.map((l) => l.length));
  const height = tallest * ROW + (tallest - 1) * ROW_GAP + 2;
  const width = template.layers.length * COL + (template.layers.length - 1) * GAP + 2;
  const at = new Map<string, { x: number; y: number }>();
  template.layers.forEach((layer, column) => {
    const span = layer.length * ROW + (layer.length - 1) * ROW_GAP;
    layer.forEach((id, row) => {
      at.set(id, { x: 1 + column * (COL + GAP), y: 1 + (height - 2 - span) / 2 + row * (ROW + ROW_GAP) });
    });
  });

  return (
    <svg aria-hidden width={width} height={height} viewBox={`0 0 ${width} ${height}`} className={cn("shrink-0 overflow-visible", className)}>
      {template.steps.flatMap((step) =>
        step.dependsOn.map((dep) => {
          const a = at.get(dep);
          const b = at.get(step.id);
          if (!a || !b) return null;
          return (
            <line
              key={`${dep}>${step.id}`}
              x1={a.x + COL}
              y1={a.y + ROW / 2}
              x2={b.x}
              y2={b.y + ROW / 2}
              strokeWidth={1}
              className="stroke-muted-foreground/35"
            />
          );
        }),
      )}
      {[...at].map(([id, { x, y }]) => {
        const step = byId.get(id);
        if (step?.kind === "approval") {
          const cx = x + COL / 2;
          const cy = y + ROW / 2;
          const r = ROW / 2 + 1;
          return <path key={id} d={`M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`} className="fill-warning/80" />;
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
            className={step?.conditional ? "fill-card stroke-primary/70" : "fill-primary/70"}
          />
        );
      })}
    </svg>
  );
}

"use client";

// What floats over the canvas: Tidy and Fit at the top left, and, while one
// dependency is selected, what it means and a button to remove it. Plus React
// Flow's own colours mapped to the app's tokens (they follow light/dark).
import { Panel } from "@xyflow/react";
import { LayoutGrid, Maximize, Unlink } from "lucide-react";
import type { CSSProperties } from "react";

import { Button } from "@/components/ui/button";

export const EDGE_COLOUR = "color-mix(in oklch, var(--muted-foreground) 60%, transparent)";

export const flowThemeVars = {
  "--xy-background-color": "transparent",
  "--xy-background-pattern-color": "var(--border)",
  "--xy-edge-stroke": EDGE_COLOUR,
  "--xy-edge-stroke-selected": "var(--primary)",
  "--xy-edge-stroke-width": "1.5",
  "--xy-connectionline-stroke": "var(--primary)",
  "--xy-connectionline-stroke-width": "1.5",
  "--xy-controls-button-background-color": "var(--card)",
  "--xy-controls-button-background-color-hover": "var(--accent)",
  "--xy-controls-button-color": "var(--foreground)",
  "--xy-controls-button-color-hover": "var(--foreground)",
  "--xy-controls-button-border-color": "var(--border)",
  "--xy-controls-box-shadow": "0 1px 2px rgb(0 0 0 / 0.06)",
  "--xy-attribution-background-color": "transparent",
} as CSSProperties;

const panelButton = "h-7 bg-card px-2.5 text-xs";

export function CanvasToolbar({ onTidy, onFit }: { onTidy: () => void; onFit: () => void }) {
  return (
    <Panel position="top-left" className="!m-3 flex gap-1.5">
      <Button variant="outline" size="sm" className={panelButton} onClick={onTidy} title="Lay the steps out again by stage">
        <LayoutGrid aria-hidden className="size-3.5" />
        Tidy
      </Button>
      <Button variant="outline" size="sm" className={panelButton} onClick={onFit} title="Show the whole workflow">
        <Maximize aria-hidden className="size-3.5" />
        Fit
      </Button>
    </Panel>
  );
}

export function SelectedEdgePanel({ from, to, onRemove }: { from: string; to: string; onRemove: () => void }) {
  return (
    <Panel position="top-center" className="!m-3 flex items-center gap-2 rounded-lg border bg-card py-1 pr-1 pl-3 text-xs shadow-sm">
      <span>
        <span className="font-mono">{to}</span> waits for <span className="font-mono">{from}</span>
      </span>
      <Button variant="ghost" size="sm" className="h-7 px-2 text-xs text-destructive hover:bg-destructive/10 hover:text-destructive" onClick={onRemove}>
        <Unlink aria-hidden className="size-3.5" />
        Remove dependency
      </Button>
    </Panel>
  );
}

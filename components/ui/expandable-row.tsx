"use client";

// A table row that opens a detail row under it: a chevron button in its first cell (with
// aria-expanded and aria-controls wired to the detail), the detail spanning the other columns.
// It keeps its own open state unless `open`/`onOpenChange` control it (e.g. one row open at a time).
//
//   <ExpandableRow columns={6} toggleLabel={(open) => `${open ? "Hide" : "Show"} details`} detail={<Details />}>
//     <td>…</td>
//   </ExpandableRow>
import { ChevronRight } from "lucide-react";
import { useId, useState, type ReactNode } from "react";

import { Button } from "./button";
import { cn } from "./cn";

export type ExpandableRowProps = {
  /** How many columns the table has, the toggle's included. */
  columns: number;
  /** The toggle's accessible name, open or closed, e.g. "Show details of event #12". */
  toggleLabel: (open: boolean) => string;
  detail: ReactNode;
  /** The row's cells after the toggle. */
  children: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

export function ExpandableRow({ columns, toggleLabel, detail, children, open: openProp, onOpenChange }: ExpandableRowProps) {
  const [internalOpen, setInternalOpen] = useState(false);
  const detailId = useId();
  const open = openProp ?? internalOpen;

  function toggle() {
    if (openProp === undefined) setInternalOpen(!open);
    onOpenChange?.(!open);
  }

  return (
    <>
      <tr className={cn("border-b", open && "border-transparent bg-muted/40")}>
        <td className="w-8 py-1.5 pr-1 align-middle">
          <Button variant="ghost" size="icon-sm" className="size-7" aria-expanded={open} aria-controls={detailId} aria-label={toggleLabel(open)} onClick={toggle}>
            <ChevronRight className={cn("transition-transform", open && "rotate-90")} aria-hidden />
          </Button>
        </td>
        {children}
      </tr>
      <tr id={detailId} hidden={!open} className="border-b bg-muted/40">
        <td />
        <td colSpan={columns - 1} className="pt-1 pr-4 pb-4">
          {detail}
        </td>
      </tr>
    </>
  );
}

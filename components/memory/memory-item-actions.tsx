"use client";

// A memory item's actions for members: pin / unpin in one click, and Edit and
// Delete (which asks first) from its menu.
import { Ellipsis, Pencil, Pin, PinOff, Trash2 } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

import { kindLabel, type TMemoryEntry } from "./memory-meta";
import { EditMemoryDialog } from "./memory-note-dialog";
import { useMemoryActions } from "./use-memory-actions";

export function MemoryItemActions({ projectId, entry }: { projectId: string; entry: TMemoryEntry }) {
  const { setPinned, deleteEntry, pinPending } = useMemoryActions(projectId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const pinLabel = `${entry.pinned ? "Unpin" : "Pin"} “${entry.title}”`;

  return (
    <div className="flex shrink-0 items-center gap-0.5">
      <Button
        variant="ghost"
        size="icon-sm"
        aria-label={pinLabel}
        title={entry.pinned ? "Unpin" : "Pin: ranks higher in every search"}
        aria-pressed={entry.pinned}
        loading={pinPending === entry.id}
        onClick={() => setPinned(entry, !entry.pinned)}
        className={entry.pinned ? "text-primary hover:text-primary" : "text-muted-foreground"}
      >
        {entry.pinned ? <PinOff aria-hidden /> : <Pin aria-hidden />}
      </Button>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for “${entry.title}”`} className="text-muted-foreground">
            <Ellipsis aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-40">
          <DropdownMenuItem onSelect={() => setEditing(true)}>
            <Pencil aria-hidden />
            Edit
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(true)}>
            <Trash2 aria-hidden />
            Delete
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <EditMemoryDialog projectId={projectId} entry={entry} open={editing} onOpenChange={setEditing} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete “${entry.title}”?`}
        description={
          entry.runId
            ? `This ${kindLabel(entry.kind).toLowerCase()} came from a run. Agents will no longer recall it, and names only it mentioned leave the graph. The run's own record stays.`
            : "Agents will no longer recall it, and names only it mentioned leave the graph. You can undo this for a moment after."
        }
        confirmLabel="Delete"
        onConfirm={() => deleteEntry(entry)}
      />
    </div>
  );
}

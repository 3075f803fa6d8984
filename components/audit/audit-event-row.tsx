"use client";

// One audit event as a table row: when, who, what, on what, under which
// policy version; expands to its recorded data, address, seq and hash.
import { DateTime, RelativeTime } from "@/components/shell/relative-time";
import { cn } from "@/components/ui/cn";
import { ExpandableRow } from "@/components/ui/expandable-row";
import { displayName } from "@/components/workspaces/workspace-context";
import type { TAuditEvent } from "@/server/services/audit/audit-views";

import { actionLabel, actorTypeLabels, shortHash } from "./audit-meta";

export const AUDIT_COLUMNS = 6;
const cell = "py-2.5 pr-4 align-middle";

function Actor({ event }: { event: TAuditEvent }) {
  const kind = actorTypeLabels[event.actorType] ?? event.actorType;
  if (event.actor) {
    return (
      <div className="grid min-w-0">
        <span className="truncate">{displayName(event.actor)}</span>
        <span className="truncate text-xs text-muted-foreground">{event.actor.email}</span>
      </div>
    );
  }
  return (
    <div className="grid min-w-0">
      <span className="truncate">{kind}</span>
      {event.actorId ? <span className="truncate font-mono text-xs text-muted-foreground">{event.actorId}</span> : null}
    </div>
  );
}

function EventDetail({ event }: { event: TAuditEvent }) {
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <div className="grid min-w-0 content-start gap-2">
        <h4 className="text-xs font-medium text-muted-foreground">Recorded data</h4>
        {Object.keys(event.data).length ? (
          <pre className="max-h-64 overflow-auto rounded-md border bg-background p-3 font-mono text-xs">{JSON.stringify(event.data, null, 2)}</pre>
        ) : (
          <p className="text-[13px] text-muted-foreground">None.</p>
        )}
      </div>
      <dl className="grid h-fit grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-muted-foreground">Event</dt>
        <dd className="tabular-nums">#{event.seq}</dd>
        <dt className="text-muted-foreground">At</dt>
        <dd>
          <DateTime date={event.createdAt} />
        </dd>
        <dt className="text-muted-foreground">Target</dt>
        <dd className="truncate">
          {event.targetType}
          {event.targetId ? <span className="font-mono"> {event.targetId}</span> : null}
        </dd>
        <dt className="text-muted-foreground">Policy</dt>
        <dd>{event.policyVersion === null ? "—" : `Version ${event.policyVersion}`}</dd>
        <dt className="text-muted-foreground">Address</dt>
        <dd className="font-mono">{event.ip ?? "—"}</dd>
        <dt className="text-muted-foreground">Hash</dt>
        <dd className="font-mono" title={event.hash}>
          {shortHash(event.hash)}
        </dd>
      </dl>
    </div>
  );
}

export function AuditEventRow({ event }: { event: TAuditEvent }) {
  const label = actionLabel(event.action);
  return (
    <ExpandableRow columns={AUDIT_COLUMNS} toggleLabel={(open) => `${open ? "Hide" : "Show"} details of event #${event.seq}`} detail={<EventDetail event={event} />}>
      <td className={cn(cell, "whitespace-nowrap text-muted-foreground")}>
        <RelativeTime date={event.createdAt} />
      </td>
      <td className={cn(cell, "max-w-56")}>
        <Actor event={event} />
      </td>
      <td className={cn(cell, "max-w-72")}>
        <div className="grid min-w-0">
          {label ? <span className="truncate">{label}</span> : null}
          <code className={cn("truncate font-mono text-xs", label && "text-muted-foreground")}>{event.action}</code>
        </div>
      </td>
      <td className={cn(cell, "max-w-56 max-md:hidden")}>
        <div className="grid min-w-0">
          <span className="truncate">{event.targetType}</span>
          {event.targetId ? <span className="truncate font-mono text-xs text-muted-foreground">{event.targetId}</span> : null}
        </div>
      </td>
      <td className={cn(cell, "text-right whitespace-nowrap tabular-nums text-muted-foreground max-lg:hidden")}>
        {event.policyVersion === null ? <span aria-label="None">—</span> : `v${event.policyVersion}`}
      </td>
    </ExpandableRow>
  );
}

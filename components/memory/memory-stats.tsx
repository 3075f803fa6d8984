// The memory page's header figures: how many items the project remembers, per
// kind; the embedder behind search, with the re-index's progress when another
// one made some of the vectors; and — when search runs on the offline lexical
// embedder — a label saying that matches are by shared words.
import type { TMemoryStatus } from "@/server/services/memory/memory-status";

import { MemoryIndexStatus } from "./memory-index-status";
import { kindColor, kindMeta, kindOrder } from "./memory-meta";
import { OfflineEmbedderNote } from "./offline-embedder-note";

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <div className="flex items-baseline gap-2 rounded-lg border bg-card px-3 py-1.5 shadow-xs">
      <dt className="flex items-center gap-1.5 text-xs text-muted-foreground">
        {color ? <span aria-hidden className="size-2 rounded-full" style={{ background: color }} /> : null}
        {label}
      </dt>
      <dd className="text-sm font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

export function MemoryStats({
  total,
  kinds,
  embedder,
  status,
  projectId,
}: {
  total: number;
  kinds: { kind: string; count: number }[];
  embedder: { label: string; offline: boolean } | null;
  status: TMemoryStatus | undefined;
  projectId: string;
}) {
  const byKind = new Map(kinds.map((k) => [k.kind, k.count]));
  return (
    <div className="mb-6 grid gap-2.5">
      <dl aria-label="What the project remembers" className="flex flex-wrap gap-2">
        <Stat label={total === 1 ? "Item" : "Items"} value={total} />
        {kindOrder
          .filter((kind) => (byKind.get(kind) ?? 0) > 0)
          .map((kind) => {
            const count = byKind.get(kind) ?? 0;
            return <Stat key={kind} label={count === 1 ? kindMeta[kind].label : kindMeta[kind].plural} value={count} color={kindColor(kind)} />;
          })}
      </dl>
      {status ? <MemoryIndexStatus status={status} projectId={projectId} /> : embedder?.offline ? <OfflineEmbedderNote label={embedder.label} /> : null}
    </div>
  );
}

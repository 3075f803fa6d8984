// The memory page's header figures: how many items the project remembers, per
// kind, and — when search runs on the offline lexical embedder — a label
// saying that matches are by shared words.
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

import { kindColor, kindMeta, kindOrder } from "./memory-meta";

export function OfflineEmbedderNote({ label, detailed = false, className }: { label: string; detailed?: boolean; className?: string }) {
  return (
    <p className={cn("flex items-start gap-2 text-xs text-muted-foreground", className)}>
      <Badge variant="outline" className="font-mono text-[11px] font-normal">
        {label} embeddings
      </Badge>
      <span className="text-pretty">
        Matches are by shared words, not meaning.
        {detailed ? (
          <>
            {" "}
            With <code className="font-mono">OPENAI_API_KEY</code> or an OpenAI-compatible embedding model configured, paraphrases match too.
          </>
        ) : null}
      </span>
    </p>
  );
}

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
}: {
  total: number;
  kinds: { kind: string; count: number }[];
  embedder: { label: string; offline: boolean } | null;
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
      {embedder?.offline ? <OfflineEmbedderNote label={embedder.label} /> : null}
    </div>
  );
}

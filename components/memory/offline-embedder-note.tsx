// The label shown wherever search runs on the offline lexical embedder: its
// matches are by shared words, not meaning.
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

export function OfflineEmbedderNote({ label, dimensions, detailed = false, className }: { label: string; dimensions?: number; detailed?: boolean; className?: string }) {
  return (
    <p className={cn("flex items-start gap-2 text-xs text-muted-foreground", className)}>
      <Badge variant="outline" className="font-mono text-[11px] font-normal">
        {label} embeddings{dimensions ? ` · ${dimensions} dims` : ""}
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

"use client";

// A deliverable, readable in place: markdown rendered, everything else as code
// (JSON pretty-printed; mermaid shown as its source), with copy and download.
// `ArtifactList` is a step's deliverables as rows that open one at a time.
import { ChevronRight, Download, FileCode2, FileText } from "lucide-react";

import { MarkdownText } from "@/components/agents/markdown-text";
import { CopyButton } from "@/components/shell/copy-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

import type { TRunArtifact } from "./run-types";

type TFormat = TRunArtifact["format"];

const formatInfo: Record<string, { label: string; ext: string; mime: string }> = {
  markdown: { label: "Markdown", ext: "md", mime: "text/markdown" },
  yaml: { label: "YAML", ext: "yaml", mime: "application/yaml" },
  json: { label: "JSON", ext: "json", mime: "application/json" },
  sql: { label: "SQL", ext: "sql", mime: "application/sql" },
  mermaid: { label: "Mermaid", ext: "mmd", mime: "text/plain" },
  typescript: { label: "TypeScript", ext: "ts", mime: "text/typescript" },
  text: { label: "Text", ext: "txt", mime: "text/plain" },
};

function infoOf(format: TFormat) {
  return formatInfo[format] ?? { label: format, ext: "txt", mime: "text/plain" };
}

/** The file name a download gets: the path's last segment, else the name with the format's extension. */
export function downloadName(artifact: Pick<TRunArtifact, "name" | "path" | "format">): string {
  const fromPath = artifact.path?.split("/").filter(Boolean).at(-1);
  if (fromPath) return fromPath;
  const base = artifact.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "deliverable";
  return `${base}.${infoOf(artifact.format).ext}`;
}

function displayContent(artifact: TRunArtifact): string {
  if (artifact.format !== "json") return artifact.content;
  try {
    return JSON.stringify(JSON.parse(artifact.content), null, 2);
  } catch {
    return artifact.content;
  }
}

function download(artifact: TRunArtifact) {
  const blob = new Blob([artifact.content], { type: `${infoOf(artifact.format).mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = downloadName(artifact);
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function ArtifactViewer({ artifact, className }: { artifact: TRunArtifact; className?: string }) {
  const content = displayContent(artifact);
  const lines = content.split("\n").length;
  return (
    <div className={cn("grid min-w-0 gap-2", className)}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="min-w-0 text-xs text-muted-foreground">
          {artifact.path ? <span className="font-mono text-foreground/80">{artifact.path}</span> : null}
          {artifact.path ? " · " : null}
          {infoOf(artifact.format).label} · {lines} {lines === 1 ? "line" : "lines"}
          {artifact.format === "mermaid" ? " · diagram source" : null}
        </p>
        <div className="flex items-center gap-1.5">
          <CopyButton value={artifact.content} size="sm" showLabel label="Copy" successMessage={`Copied ${artifact.name}`} />
          <Button variant="outline" size="sm" onClick={() => download(artifact)}>
            <Download aria-hidden />
            Download
          </Button>
        </div>
      </div>
      {artifact.format === "markdown" ? (
        <div className="max-h-[36rem] overflow-y-auto rounded-lg border bg-card px-4 py-3">
          <MarkdownText source={artifact.content} />
        </div>
      ) : (
        <pre
          className="max-h-[36rem] overflow-auto rounded-lg border bg-muted/40 px-3.5 py-3 font-mono text-xs leading-relaxed text-foreground"
          data-language={artifact.format}
        >
          <code>{content}</code>
        </pre>
      )}
    </div>
  );
}

export function ArtifactList({
  artifacts,
  openId,
  onToggle,
}: {
  artifacts: TRunArtifact[];
  openId: string | null;
  onToggle: (artifactId: string) => void;
}) {
  return (
    <ul className="grid gap-2" aria-label="Deliverables">
      {artifacts.map((artifact) => {
        const open = openId === artifact.id;
        const Icon = artifact.format === "markdown" || artifact.format === "text" ? FileText : FileCode2;
        const panelId = `artifact-${artifact.id}`;
        return (
          <li key={artifact.id} className={cn("rounded-lg border bg-card", open && "border-foreground/15 shadow-xs")}>
            <button
              type="button"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => onToggle(artifact.id)}
              className="flex w-full items-center gap-3 rounded-lg px-3 py-2.5 text-left outline-none hover:bg-accent/50 focus-visible:ring-2 focus-visible:ring-ring"
            >
              <ChevronRight aria-hidden className={cn("size-4 shrink-0 text-muted-foreground transition-transform", open && "rotate-90")} />
              <Icon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium">{artifact.name}</span>
                {artifact.path ? <span className="block truncate font-mono text-xs text-muted-foreground">{artifact.path}</span> : null}
              </span>
              <Badge variant="outline" className="font-normal text-muted-foreground">
                {infoOf(artifact.format).label}
              </Badge>
            </button>
            {open ? (
              <div id={panelId} role="region" aria-label={artifact.name} className="border-t px-3 pt-3 pb-3">
                <ArtifactViewer artifact={artifact} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

"use client";

// The tokens a running step's model is writing, as they arrive: monospace,
// following the end of the text unless the reader scrolls up to read back.
import { useEffect, useRef } from "react";

import { cn } from "@/components/ui/cn";

import { formatCount } from "./format";

export function StepStream({ text, live, className }: { text: string; live: boolean; className?: string }) {
  const box = useRef<HTMLPreElement>(null);
  const stick = useRef(true);

  useEffect(() => {
    const element = box.current;
    if (element && stick.current) element.scrollTop = element.scrollHeight;
  }, [text]);

  const words = text.trim() ? text.trim().split(/\s+/).length : 0;
  return (
    <div className={cn("grid gap-1.5", className)}>
      <div className="flex items-center justify-between text-xs text-muted-foreground">
        <span className="flex items-center gap-1.5">
          {live ? (
            <span aria-hidden className="relative flex size-2">
              <span className="absolute inline-flex size-full rounded-full bg-info opacity-60 motion-safe:animate-ping" />
              <span className="relative inline-flex size-2 rounded-full bg-info" />
            </span>
          ) : null}
          {live ? "Streaming from the model" : "What the model wrote"}
        </span>
        <span className="tabular-nums">{formatCount(words)} words</span>
      </div>
      <pre
        ref={box}
        tabIndex={0}
        aria-label={live ? "Live model output" : "Model output"}
        aria-live="off"
        onScroll={(event) => {
          const el = event.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
        className="max-h-80 min-h-24 overflow-y-auto rounded-lg border bg-muted/40 px-3.5 py-3 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-foreground/90 outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        {text || (live ? "Waiting for the first tokens…" : "")}
        {live ? <span aria-hidden className="ml-0.5 inline-block h-3.5 w-1.5 translate-y-0.5 bg-info/70 motion-safe:animate-pulse" /> : null}
      </pre>
    </div>
  );
}

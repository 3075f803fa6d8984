// A block of code with a caption and a copy button, scrolling sideways on
// narrow screens rather than wrapping (a wrapped curl line is hard to read).
import { CopyButton } from "@/components/shell/copy-button";
import { cn } from "@/components/ui/cn";

export function CodeBlock({ code, caption, copyLabel, className, tall = false }: { code: string; caption: string; copyLabel: string; className?: string; /** Scroll within a fixed height (long example responses). */ tall?: boolean }) {
  return (
    <figure className={cn("overflow-hidden rounded-lg border bg-muted/40", className)}>
      <figcaption className="flex items-center justify-between gap-2 border-b py-1 pr-1 pl-3 text-xs font-medium text-muted-foreground">
        {caption}
        <CopyButton value={code} label={copyLabel} variant="ghost" size="icon-sm" />
      </figcaption>
      {/* tabIndex: a scrollable region must be reachable by keyboard to scroll it. */}
      <pre tabIndex={0} className={cn("overflow-x-auto p-3 font-mono text-[12.5px] leading-relaxed outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset", tall && "max-h-[28rem] overflow-y-auto")}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}

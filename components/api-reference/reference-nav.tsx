// The table of contents: the introduction, every tag with its operations
// (method and path), and the problem reference. Plain anchor links, so it
// works without JavaScript and with the keyboard.
import { cn } from "@/components/ui/cn";

import { MethodBadge } from "./method-badge";
import type { TTagGroup } from "./operations";

export const tagAnchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;

const linkClass = "flex items-center gap-2 rounded-md px-2 py-1 text-sm text-muted-foreground outline-none transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring";

export function ReferenceNav({ groups, className }: { groups: TTagGroup[]; className?: string }) {
  return (
    <nav aria-label="API reference contents" className={cn("space-y-5", className)}>
      <ul className="space-y-0.5">
        <li>
          <a href="#introduction" className={linkClass}>Introduction</a>
        </li>
        <li>
          <a href="#problems" className={linkClass}>Problems</a>
        </li>
      </ul>
      {groups.map((group) => (
        <div key={group.name}>
          <a href={`#${tagAnchor(group.name)}`} className="mb-1 block rounded-sm px-2 text-xs font-semibold tracking-wide text-foreground uppercase outline-none focus-visible:ring-2 focus-visible:ring-ring">
            {group.name}
          </a>
          <ul className="space-y-0.5">
            {group.operations.map((operation) => (
              <li key={operation.id}>
                <a href={`#${operation.id}`} title={operation.summary} className={linkClass}>
                  <MethodBadge method={operation.method} className="w-12 text-[10px]" />
                  <span className="min-w-0 truncate font-mono text-[12.5px]">{operation.path}</span>
                  <span className="sr-only">: {operation.summary}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

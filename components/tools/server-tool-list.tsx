"use client";

// A server's tools as its last connection test found them: name, what it does,
// and how the policy classifies it (read / write / execute).
import { Badge } from "@/components/ui/badge";
import type { TServerTool } from "@/server/services/tools/server-tools";

import { operationBadges } from "./tool-meta";

export function OperationBadge({ operation }: { operation: TServerTool["operation"] }) {
  const badge = operationBadges[operation];
  return (
    <Badge variant={badge.variant} title={badge.hint}>
      {badge.label}
    </Badge>
  );
}

export function ServerToolList({ tools }: { tools: TServerTool[] }) {
  if (tools.length === 0) return <p className="px-4 py-4 text-[13px] text-muted-foreground">The server answered, but offers no tools.</p>;
  return (
    <ul className="divide-y" aria-label="Tools">
      {tools.map((tool) => (
        <li key={tool.name} className="grid gap-0.5 px-4 py-2">
          <div className="flex flex-wrap items-center gap-2">
            <code className="font-mono text-[13px] font-medium">{tool.name}</code>
            <OperationBadge operation={tool.operation} />
            {tool.annotations?.title && tool.annotations.title !== tool.name ? <span className="text-xs text-muted-foreground">{tool.annotations.title}</span> : null}
          </div>
          {tool.description ? <p className="line-clamp-2 text-[13px] text-muted-foreground" title={tool.description}>{tool.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}

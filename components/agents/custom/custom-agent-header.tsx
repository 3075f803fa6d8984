// The header of a custom agent's editor and version history: where you are
// (Agents › agent › page), which version is live, and what it was forked from.
import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";

import type { TAgentDetail } from "../agent-types";

export function CustomAgentHeader({
  workspaceSlug,
  agent,
  page,
  title,
  actions,
}: {
  workspaceSlug: string;
  agent: TAgentDetail;
  page: "Edit" | "Versions";
  title: string;
  actions?: ReactNode;
}) {
  const catalogueHref = `/${workspaceSlug}/agents`;
  const custom = agent.custom;
  return (
    <PageHeader
      breadcrumb={[{ label: "Agents", href: catalogueHref }, { label: agent.name, href: `${catalogueHref}/${agent.id}` }, { label: page }]}
      title={title}
      description={
        <span className="flex flex-wrap items-center gap-1.5">
          {custom ? (
            <>
              <Badge variant="info">Custom</Badge>
              <Badge variant="outline" className="tabular-nums">
                Version {custom.version}
              </Badge>
              {custom.forkedFrom === agent.id ? (
                <Badge variant="warning" title="Workflows in this workspace run this agent instead of the built-in.">
                  Overrides the built-in
                </Badge>
              ) : custom.forkedFrom ? (
                <span className="text-[13px]">
                  forked from <code className="font-mono text-xs text-foreground/80">{custom.forkedFrom}</code>
                </span>
              ) : null}
            </>
          ) : (
            <Badge variant="outline" className="font-normal text-muted-foreground">
              Built-in
            </Badge>
          )}
          <code className="ml-1 font-mono text-xs">{agent.id}</code>
        </span>
      }
      actions={actions}
    />
  );
}

// The MCP servers an agent may call and what it may do on each (execute is
// highlighted: it runs commands), plus its capabilities, each a link to the
// catalogue filtered by it.
import { Container, Database, FolderOpen, Globe, Server, SquareTerminal, type LucideIcon } from "lucide-react";
import Link from "next/link";

import { GitHubMark } from "@/components/brand/github-mark";
import { badgeVariants } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

import { OperationBadge } from "./agent-badges";
import type { TAgentDetail } from "./agent-types";

const servers: Record<string, { label: string; icon: LucideIcon | typeof GitHubMark }> = {
  filesystem: { label: "Filesystem", icon: FolderOpen },
  github: { label: "GitHub", icon: GitHubMark },
  database: { label: "Database", icon: Database },
  docker: { label: "Docker", icon: Container },
  e2b: { label: "E2B sandbox", icon: SquareTerminal },
  search: { label: "Web search", icon: Globe },
};

const operationOrder = ["read", "write", "execute"];

export function AgentToolsCard({ agent }: { agent: TAgentDetail }) {
  const tools = Object.entries(agent.tools);
  const executes = tools.some(([, ops]) => ops.includes("execute"));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Tools</CardTitle>
        <CardDescription>MCP servers it may call, and what it may do on each.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {tools.length === 0 ? (
          <p className="text-sm text-muted-foreground">No tools: it works from its prompt and inputs alone.</p>
        ) : (
          <ul className="grid gap-px overflow-hidden rounded-lg border bg-border">
            {tools.map(([server, operations]) => {
              const known = servers[server];
              const Icon = known?.icon ?? Server;
              const sorted = [...operations].sort((a, b) => operationOrder.indexOf(a) - operationOrder.indexOf(b));
              return (
                <li key={server} className="flex items-center gap-3 bg-card px-3 py-2.5 text-sm">
                  <Icon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                  <span className="flex-1 truncate font-medium" title={server}>
                    {known?.label ?? server}
                  </span>
                  <ul className="flex flex-wrap justify-end gap-1" aria-label={`Allowed on ${known?.label ?? server}`}>
                    {sorted.map((operation) => (
                      <li key={operation}>
                        <OperationBadge operation={operation} />
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
        {executes ? (
          <p className="text-[13px] text-muted-foreground">
            <span className="font-medium text-warning">execute</span> lets it run commands, not just read and write files.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

export function AgentCapabilitiesCard({ agent, catalogueHref }: { agent: TAgentDetail; catalogueHref: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Capabilities</CardTitle>
        <CardDescription>Find other agents with the same skill.</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="flex flex-wrap gap-1.5">
          {agent.capabilities.map((capability) => (
            <li key={capability}>
              <Link
                href={`${catalogueHref}?capability=${encodeURIComponent(capability)}`}
                className={cn(badgeVariants({ variant: "outline" }), "font-mono text-[11px] font-normal text-muted-foreground hover:text-foreground")}
                title={`Agents with ${capability}`}
              >
                {capability}
              </Link>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

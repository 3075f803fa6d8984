"use client";

// An agent's page: what it is, what it needs and produces, where it sits in the
// hand-off graph, its tools, its prompt, and a live prompt preview. The server
// page loads the agent (a real 404 for unknown ids) and hands it over here.
import { useQuery } from "@tanstack/react-query";
import { GitFork, History, Pencil, Sparkles } from "lucide-react";
import Link from "next/link";

import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { CategoryBadge, CustomBadge, TierBadge } from "./agent-badges";
import { AgentLoadState } from "./agent-load-state";
import { CreateAgentDialog } from "./custom/create-agent-dialog";
import { AgentIoCard } from "./agent-io-card";
import { AgentPromptCard } from "./agent-prompt-card";
import { AgentCapabilitiesCard, AgentToolsCard } from "./agent-tools-card";
import type { TAgentDetail } from "./agent-types";
import { HandoffGraph } from "./handoff-graph";
import { PromptPreview } from "./prompt-preview";

export function AgentDetail({ agentId, initialAgent }: { agentId: string; initialAgent?: TAgentDetail }) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const query = useQuery({ ...trpc.agent.get.queryOptions({ workspaceSlug: workspace.slug, agentId }), initialData: initialAgent });
  const catalogueHref = `/${workspace.slug}/agents`;
  const hrefFor = (id: string) => `${catalogueHref}/${id}`;

  if (!query.data) {
    const loading = (
      <p role="status" className="text-sm text-muted-foreground">
        Loading agent…
      </p>
    );
    return <AgentLoadState query={query} catalogueHref={catalogueHref} loading={loading} />;
  }

  const agent = query.data;

  return (
    <>
      <PageHeader
        breadcrumb={[{ label: "Agents", href: catalogueHref }, { label: agent.name }]}
        title={agent.name}
        description={
          <>
            <span className="mb-2.5 flex flex-wrap items-center gap-1.5">
              <CategoryBadge category={agent.category} />
              <TierBadge tier={agent.modelTier} />
              {agent.custom ? (
                <CustomBadge version={agent.custom.version} />
              ) : (
                <Badge variant="outline" className="font-normal text-muted-foreground">
                  Built-in
                </Badge>
              )}
              <code className="ml-1 font-mono text-xs text-muted-foreground">{agent.id}</code>
            </span>
            <span className="block max-w-3xl text-pretty">{agent.description}</span>
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline">
              <a href="#preview">
                <Sparkles aria-hidden />
                Try a preview
              </a>
            </Button>
            {agent.custom ? (
              <>
                <Button asChild variant="outline">
                  <Link href={`${hrefFor(agent.id)}/versions`}>
                    <History aria-hidden />
                    Versions
                  </Link>
                </Button>
                {can("agent.edit") ? (
                  <Button asChild>
                    <Link href={`${hrefFor(agent.id)}/edit`}>
                      <Pencil aria-hidden />
                      Edit
                    </Link>
                  </Button>
                ) : null}
              </>
            ) : can("agent.edit") ? (
              <CreateAgentDialog
                workspaceSlug={workspace.slug}
                forkOf={{ id: agent.id, name: agent.name }}
                trigger={
                  <Button>
                    <GitFork aria-hidden />
                    Fork
                  </Button>
                }
              />
            ) : null}
          </div>
        }
      />

      <div className="grid grid-cols-1 gap-6">
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
          <div className="min-w-0 lg:col-span-2">
            <AgentIoCard agent={agent} hrefFor={hrefFor} />
          </div>
          <div className="grid min-w-0 content-start gap-6">
            <AgentToolsCard agent={agent} />
            <AgentCapabilitiesCard agent={agent} catalogueHref={catalogueHref} />
          </div>
        </div>

        <Card>
          <CardHeader>
            <CardTitle>Hand-off graph</CardTitle>
            <CardDescription>
              Who feeds {agent.name}, and whom it hands off to. Edges name the deliverables passed along.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <HandoffGraph agent={agent} upstream={agent.upstream} downstream={agent.downstream} hrefFor={hrefFor} />
          </CardContent>
        </Card>

        <AgentPromptCard agent={agent} />
        <PromptPreview agent={agent} />
      </div>
    </>
  );
}

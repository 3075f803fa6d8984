"use client";

// The workspace's registered MCP servers, each with its status and tools, and
// adding one. With none yet, the empty state points at the filesystem preset.
import { useQuery } from "@tanstack/react-query";
import { Plug, Plus } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { AddToolServerDialog } from "./add-tool-server-dialog";
import { ToolServerRow } from "./tool-server-row";

function ServersSkeleton() {
  return (
    <ul aria-busy className="divide-y rounded-lg border">
      <li className="sr-only" role="status">
        Loading tool servers…
      </li>
      {[0, 1].map((i) => (
        <li key={i} className="grid gap-2 px-4 py-3">
          <Skeleton className="h-4 w-56" />
          <Skeleton className="h-5 w-80" />
        </li>
      ))}
    </ul>
  );
}

export function ToolServersCard({ onEditPolicy }: { onEditPolicy: () => void }) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const canManage = can("tools.manage");
  const servers = useQuery(trpc.tools.listServers.queryOptions({ workspaceSlug: workspace.slug }));
  const hasServers = (servers.data?.length ?? 0) > 0;

  let body;
  if (servers.isPending) {
    body = <ServersSkeleton />;
  } else if (servers.isError) {
    body = <ErrorState title="Couldn't load tool servers" message={errorMessage(servers.error)} onRetry={() => servers.refetch()} />;
  } else if (!hasServers) {
    body = (
      <EmptyState
        icon={<Plug />}
        title="No tool servers yet"
        description={
          canManage
            ? "Add the filesystem preset to let agents read and write the run's working copy. Agents get no tool until the policy allows it."
            : "An admin can add MCP servers here, such as the filesystem preset that lets agents read and write the run's working copy."
        }
        action={
          canManage ? (
            <AddToolServerDialog
              initialPreset="filesystem"
              trigger={
                <Button>
                  <Plus aria-hidden />
                  Add server
                </Button>
              }
            />
          ) : null
        }
      />
    );
  } else {
    body = (
      <ul className="divide-y rounded-lg border" aria-label={`Tool servers of ${workspace.name}`}>
        {servers.data.map((server) => (
          <ToolServerRow key={server.id} server={server} canManage={canManage} />
        ))}
      </ul>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Servers</CardTitle>
        <CardDescription>
          MCP servers the agents can reach. Each one&apos;s tools are listed by a connection test; which agent may call which tool is set in the policy.
        </CardDescription>
        {hasServers && canManage ? (
          <CardAction>
            <AddToolServerDialog />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-3">
        {body}
        {hasServers ? (
          <p className="text-[13px] text-muted-foreground">
            Agents can use none of these tools until the policy allows them.{" "}
            <Button variant="link" className="text-[13px]" onClick={onEditPolicy}>
              Edit the policy
            </Button>
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

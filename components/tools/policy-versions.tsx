"use client";

// The saved versions of the tool policy, newest first: who saved each and
// when, and what it allowed. An older one can be loaded into the editor and
// saved again as a new version (versions themselves never change).
import { useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { displayName, useWorkspace } from "@/components/workspaces/workspace-context";
import type { TToolPolicyVersion } from "@/server/services/tools/policy-views";

function describe(version: TToolPolicyVersion): string {
  const agents = Object.keys(version.document.agents).length;
  const servers = new Set(Object.values(version.document.agents).flatMap((rule) => Object.keys(rule.servers))).size;
  if (agents === 0) return "Allows no tool";
  return `${agents} ${agents === 1 ? "agent rule" : "agent rules"} over ${servers} ${servers === 1 ? "server" : "servers"}`;
}

export function PolicyVersions({ currentVersion, onLoad }: { currentVersion: number; onLoad: ((version: TToolPolicyVersion) => void) | null }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const versions = useQuery(trpc.tools.policyVersions.queryOptions({ workspaceSlug: workspace.slug, limit: 20 }));

  let body;
  if (versions.isPending) {
    body = (
      <div aria-busy className="grid gap-2">
        <span className="sr-only" role="status">
          Loading versions…
        </span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-9 w-full" />
        ))}
      </div>
    );
  } else if (versions.isError) {
    body = <ErrorState className="min-h-32" title="Couldn't load the versions" message={errorMessage(versions.error)} onRetry={() => versions.refetch()} />;
  } else if (versions.data.length === 0) {
    body = <p className="rounded-lg border border-dashed px-4 py-5 text-sm text-muted-foreground">Nothing saved yet: version 0 allows no agent any tool.</p>;
  } else {
    body = (
      <ol className="divide-y rounded-lg border" aria-label="Policy versions">
        {versions.data.map((version) => (
          <li key={version.version} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-[13px]">
            <span className="font-medium tabular-nums">Version {version.version}</span>
            {version.version === currentVersion ? <Badge variant="secondary">Current</Badge> : null}
            <span className="text-muted-foreground">{describe(version)}</span>
            <span className="ml-auto text-muted-foreground">
              {version.createdBy ? displayName(version.createdBy) : "API or command line"}
              {version.createdAt ? (
                <>
                  {" · "}
                  <RelativeTime date={version.createdAt} />
                </>
              ) : null}
            </span>
            {onLoad && version.version !== currentVersion ? (
              <Button variant="ghost" size="sm" onClick={() => onLoad(version)}>
                Load into editor
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <History aria-hidden className="size-4 text-muted-foreground" />
          Version history
        </CardTitle>
        <CardDescription>Every save is a new version; each tool call records the version it was decided under.</CardDescription>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}

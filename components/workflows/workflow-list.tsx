"use client";

// The workspace's own workflows, newest change first: name and description,
// latest version, the template it started from, when it last changed.
import { ChevronRight, Workflow } from "lucide-react";
import Link from "next/link";

import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";

import type { TOwnWorkflow } from "./workflow-types";

export function WorkflowListSkeleton() {
  return (
    <Card aria-busy className="gap-0 divide-y py-0">
      <span className="sr-only" role="status">
        Loading workflows…
      </span>
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="flex items-center gap-4 px-4 py-3.5">
          <div className="grid flex-1 gap-1.5">
            <Skeleton className="h-4 w-48" />
            <Skeleton className="h-3.5 w-80 max-w-full" />
          </div>
          <Skeleton className="h-5 w-24" />
        </div>
      ))}
    </Card>
  );
}

export function WorkflowList({ workflows, href, templateNames }: { workflows: TOwnWorkflow[]; href: (id: string) => string; templateNames: Map<string, string> }) {
  if (workflows.length === 0) {
    return (
      <EmptyState
        icon={<Workflow />}
        title="No workflows of your own yet"
        description="Copy a template below and make it yours, or start from a blank workflow. Each save is a new version; runs record the version they used."
      />
    );
  }
  return (
    <Card className="gap-0 py-0">
      <ul aria-label="Your workflows" className="divide-y">
        {workflows.map((workflow) => (
          <li key={workflow.id} aria-label={workflow.name} className="group relative flex items-center gap-4 px-4 py-3.5 transition-colors first:rounded-t-xl last:rounded-b-xl hover:bg-muted/40">
            <div className="grid min-w-0 flex-1 gap-0.5">
              <Link href={href(workflow.id)} className="truncate text-sm font-medium outline-none after:absolute after:inset-0 focus-visible:after:rounded-xl focus-visible:after:ring-2 focus-visible:after:ring-ring">
                {workflow.name}
              </Link>
              <p className="truncate text-[13px] text-muted-foreground">{workflow.description || "No description"}</p>
            </div>
            <div className="hidden shrink-0 items-center gap-3 text-[13px] text-muted-foreground sm:flex">
              <span>{workflow.fromTemplate ? `From ${templateNames.get(workflow.fromTemplate) ?? workflow.fromTemplate}` : "Blank"}</span>
              <RelativeTime date={workflow.updatedAt} prefix="Updated" />
            </div>
            <Badge variant="outline" className="shrink-0 font-mono font-normal" title={`Latest version: ${workflow.latestVersion}`}>
              v{workflow.latestVersion}
            </Badge>
            <ChevronRight className="size-4 shrink-0 text-muted-foreground transition-transform group-hover:translate-x-0.5" aria-hidden />
          </li>
        ))}
      </ul>
    </Card>
  );
}

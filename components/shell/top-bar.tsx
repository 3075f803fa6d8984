"use client";

// The bar above every workspace page: where you are (workspace › section › item)
// and, on narrow screens, the button that opens the navigation.
import { useQuery } from "@tanstack/react-query";
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { cn } from "@/components/ui/cn";
import { useWorkspace } from "@/components/workspaces/workspace-context";

type TCrumb = { label: string; href: string };

const sectionLabels: Record<string, string> = {
  projects: "Projects",
  agents: "Agents",
  settings: "Settings",
  members: "Members",
  edit: "Edit",
  versions: "Versions",
  usage: "Usage",
  tools: "Tools",
  models: "Models",
  runs: "Runs",
  workflows: "Workflows",
  memory: "Memory",
  "api-keys": "API keys",
  webhooks: "Webhooks",
  github: "GitHub",
  audit: "Audit log",
  api: "API reference",
};

function useCrumbs(): TCrumb[] {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const pathname = usePathname();
  const base = `/${workspace.slug}`;
  const segments = pathname.startsWith(base) ? pathname.slice(base.length).split("/").filter(Boolean) : [];
  const projectSlug = segments[0] === "projects" ? segments[1] : undefined;
  // Same query as the project page, so this reads from its cache rather than fetching twice.
  const project = useQuery({
    ...trpc.project.get.queryOptions({ workspaceSlug: workspace.slug, projectSlug: projectSlug ?? "" }),
    enabled: Boolean(projectSlug),
  });

  const agentId = segments[0] === "agents" ? segments[1] : undefined;
  const agent = useQuery({
    ...trpc.agent.get.queryOptions({ workspaceSlug: workspace.slug, agentId: agentId ?? "" }),
    enabled: Boolean(agentId),
  });

  const runId = segments[0] === "runs" ? segments[1] : undefined;
  // The run page's own query (kept live by its event stream), so the crumb reads "Run #12".
  const run = useQuery({
    ...trpc.run.get.queryOptions({ workspaceSlug: workspace.slug, runId: runId ?? "" }),
    enabled: Boolean(runId),
  });

  const workflowId = segments[0] === "workflows" ? segments[1] : undefined;
  const workflow = useQuery({
    ...trpc.workflow.get.queryOptions({ workspaceSlug: workspace.slug, workflowId: workflowId ?? "" }),
    enabled: Boolean(workflowId),
  });

  const named = (data: { name: string } | undefined, isError: boolean, segment: string) => data?.name ?? (isError ? decodeURIComponent(segment) : "…");

  const crumbs: TCrumb[] = [{ label: workspace.name, href: base }];
  let href = base;
  for (const segment of segments) {
    href += `/${segment}`;
    const label =
      segment === projectSlug
        ? named(project.data, project.isError, segment)
        : segment === agentId
          ? named(agent.data, agent.isError, segment)
          : segment === workflowId
            ? named(workflow.data, workflow.isError, segment)
            : segment === runId
              ? run.data
                ? `Run #${run.data.number}`
                : run.isError
                  ? "Run"
                  : "…"
              : (sectionLabels[segment] ?? decodeURIComponent(segment));
    crumbs.push({ label, href });
  }
  if (crumbs.length === 1) crumbs.push({ label: "Overview", href: base });
  return crumbs;
}

export function TopBar({ menuButton, className }: { menuButton?: ReactNode; className?: string }) {
  const crumbs = useCrumbs();
  return (
    <header
      className={cn(
        "sticky top-0 z-30 flex h-14 shrink-0 items-center gap-2 border-b bg-background/85 px-4 backdrop-blur supports-[backdrop-filter]:bg-background/70 sm:px-6",
        className,
      )}
    >
      {menuButton}
      <nav aria-label="Breadcrumb" className="min-w-0">
        <ol className="flex min-w-0 items-center gap-1 text-sm">
          {crumbs.map((crumb, index) => {
            const last = index === crumbs.length - 1;
            return (
              <li key={`${crumb.href}-${index}`} className={cn("flex min-w-0 items-center gap-1", !last && index > 0 && "max-sm:hidden")}>
                {last ? (
                  <span aria-current="page" className="truncate font-medium text-foreground">
                    {crumb.label}
                  </span>
                ) : (
                  <Link
                    href={crumb.href}
                    className="truncate rounded-sm text-muted-foreground outline-none transition-colors hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    {crumb.label}
                  </Link>
                )}
                {last ? null : <ChevronRight className="size-3.5 shrink-0 text-muted-foreground/60" aria-hidden />}
              </li>
            );
          })}
        </ol>
      </nav>
    </header>
  );
}

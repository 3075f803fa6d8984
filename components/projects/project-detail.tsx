"use client";

// A project's page: header (with "Start run"), archived banner, and the Overview /
// Runs / Settings tabs. The tab lives in the URL (?tab=runs) so it survives
// reloads and can be linked to.
import { useQuery } from "@tanstack/react-query";
import { Archive, Brain, Download, ExternalLink, FolderKanban, Play } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

import { useTRPC } from "@/components/providers/trpc";
import { ProjectRunsTab } from "@/components/runs/project-runs-tab";
import { StartRunDialog } from "@/components/runs/start-run-dialog";
import { errorCode, errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TProject } from "@/server/services/projects/project-select";

import { ProjectOverviewTab } from "./project-overview-tab";
import { ProjectSettingsTab } from "./project-settings-tab";
import { useArchiveProject } from "./use-archive-project";

type TTab = "overview" | "runs" | "settings";

const tabs: readonly TTab[] = ["overview", "runs", "settings"];

function tabFrom(value: string | null): TTab {
  return tabs.find((t) => t === value) ?? "overview";
}

function ArchivedBanner({ project }: { project: TProject }) {
  const { can } = useWorkspace();
  const archive = useArchiveProject();
  if (!project.archivedAt) return null;
  return (
    <div
      role="status"
      className="mb-6 flex flex-col gap-3 rounded-lg border border-warning/30 bg-warning/10 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex items-start gap-3 text-sm">
        <Archive className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
        <p>
          <span className="font-medium">
            Archived <RelativeTime date={project.archivedAt} />.
          </span>{" "}
          <span className="text-muted-foreground">It&apos;s hidden from the active project list until someone restores it.</span>
        </p>
      </div>
      {can("project.archive") ? (
        <Button size="sm" variant="outline" loading={archive.isPending} onClick={() => archive.setArchived(project.id, false)}>
          Restore
        </Button>
      ) : null}
    </div>
  );
}

function ProjectSkeleton() {
  return (
    <div aria-busy className="grid gap-6">
      <span className="sr-only" role="status">
        Loading project…
      </span>
      <div className="flex items-center gap-3">
        <Skeleton className="size-10 rounded-md" />
        <div className="grid gap-2">
          <Skeleton className="h-6 w-48" />
          <Skeleton className="h-4 w-72" />
        </div>
      </div>
      <Skeleton className="h-10 w-full" />
      <div className="grid gap-6 lg:grid-cols-3">
        <Skeleton className="h-48 lg:col-span-2" />
        <Skeleton className="h-48" />
      </div>
    </div>
  );
}

export function ProjectDetail({ projectSlug, initialProject }: { projectSlug: string; initialProject?: TProject }) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tab = tabFrom(searchParams.get("tab"));
  const query = useQuery({
    ...trpc.project.get.queryOptions({ workspaceSlug: workspace.slug, projectSlug }),
    initialData: initialProject,
  });

  function showTab(next: string) {
    const params = new URLSearchParams(searchParams.toString());
    if (next === "overview") params.delete("tab");
    else params.set("tab", tabFrom(next));
    const search = params.toString();
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  }

  if (query.isPending) return <ProjectSkeleton />;
  if (query.isError) {
    if (errorCode(query.error) === "NOT_FOUND") {
      return (
        <EmptyState
          icon={<FolderKanban />}
          title="Project not found"
          description="It may have been deleted, or the link is wrong."
          action={
            <Button asChild variant="outline">
              <Link href={`/${workspace.slug}/projects`}>All projects</Link>
            </Button>
          }
        />
      );
    }
    return <ErrorState title="Couldn't load the project" message={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  }

  const project = query.data;
  const repositoryUrl = project.settings.repositoryUrl;

  return (
    <>
      <header className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 items-center gap-3">
          <Avatar name={project.name} shape="square" size="lg" aria-hidden />
          <div className="min-w-0">
            <div className="flex items-center gap-2">
              <h1 className="truncate text-2xl font-semibold tracking-tight">{project.name}</h1>
              {project.archivedAt ? <Badge variant="warning">Archived</Badge> : null}
            </div>
            <p className="text-sm text-muted-foreground">
              <RelativeTime date={project.updatedAt} prefix="Updated" />
              {project.createdBy ? ` · created by ${project.createdBy.name?.trim() || project.createdBy.email}` : null}
            </p>
          </div>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <Button asChild variant="outline">
            <Link href={`/${workspace.slug}/projects/${project.slug}/memory`}>
              <Brain aria-hidden />
              Memory
            </Link>
          </Button>
          <Button asChild variant="outline">
            <a href={`/api/workspaces/${workspace.slug}/projects/${project.id}/export?format=md`} download>
              <Download aria-hidden />
              Export
            </a>
          </Button>
          {repositoryUrl ? (
            <Button asChild variant="outline">
              <a href={repositoryUrl} target="_blank" rel="noreferrer noopener">
                <ExternalLink aria-hidden />
                Open repository
              </a>
            </Button>
          ) : null}
          {can("run.start") && !project.archivedAt ? (
            <StartRunDialog
              project={project}
              trigger={
                <Button>
                  <Play aria-hidden />
                  Start run
                </Button>
              }
            />
          ) : null}
        </div>
      </header>

      <ArchivedBanner project={project} />

      <Tabs value={tab} onValueChange={showTab} className="gap-6">
        <TabsList variant="line" aria-label="Project sections">
          <TabsTrigger value="overview">Overview</TabsTrigger>
          <TabsTrigger value="runs">Runs</TabsTrigger>
          <TabsTrigger value="settings">Settings</TabsTrigger>
        </TabsList>
        <TabsContent value="overview">
          <ProjectOverviewTab project={project} onEdit={() => showTab("settings")} />
        </TabsContent>
        <TabsContent value="runs">
          <ProjectRunsTab project={project} />
        </TabsContent>
        <TabsContent value="settings">
          <ProjectSettingsTab project={project} />
        </TabsContent>
      </Tabs>
    </>
  );
}

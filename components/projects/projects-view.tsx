"use client";

// The project list: Active / Archived tabs, a search box, and a grid of cards, with
// loading, empty and error states for each.
import { useQuery } from "@tanstack/react-query";
import { Archive, FolderKanban, Plus, Search } from "lucide-react";
import { useMemo, useState, type ReactNode } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TProject } from "@/server/services/projects/project-select";

import { NewProjectDialog } from "./new-project-dialog";
import { ProjectCard, ProjectCardSkeleton } from "./project-card";

type TStatus = "active" | "archived";

function matches(project: TProject, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [project.name, project.description, project.settings.repositoryUrl ?? ""].some((text) => text.toLowerCase().includes(q));
}

function Grid({ children, busy }: { children: ReactNode; busy?: boolean }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-busy={busy || undefined}>
      {children}
    </div>
  );
}

export function ProjectsView() {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const [status, setStatus] = useState<TStatus>("active");
  const [query, setQuery] = useState("");
  // One query for both tabs: the counts come for free and switching tabs is instant.
  const projects = useQuery(trpc.project.list.queryOptions({ workspaceSlug: workspace.slug, status: "all" }));
  const canCreate = can("project.create");

  const groups = useMemo(() => {
    const all = projects.data ?? [];
    return {
      active: all.filter((p) => !p.archivedAt),
      archived: all.filter((p) => p.archivedAt),
    };
  }, [projects.data]);

  const newProjectButton = (
    <Button>
      <Plus aria-hidden />
      New project
    </Button>
  );

  function body(tab: TStatus) {
    if (projects.isPending) {
      return (
        <Grid busy>
          <span className="sr-only" role="status">
            Loading projects…
          </span>
          {Array.from({ length: 6 }, (_, i) => (
            <ProjectCardSkeleton key={i} />
          ))}
        </Grid>
      );
    }
    if (projects.isError) {
      return (
        <ErrorState
          title="Couldn't load projects"
          message={errorMessage(projects.error)}
          onRetry={() => projects.refetch()}
        />
      );
    }

    const list = groups[tab];
    const shown = list.filter((p) => matches(p, query));

    if (list.length === 0) {
      if (tab === "archived") {
        return (
          <EmptyState
            icon={<Archive />}
            title="No archived projects"
            description="Archive a project to put it away without losing its history. You can restore it at any time."
          />
        );
      }
      if (groups.archived.length > 0) {
        return (
          <EmptyState
            icon={<FolderKanban />}
            title="No active projects"
            description="Every project in this workspace is archived. Restore one from the Archived tab, or start a new one."
            action={
              <>
                <Button variant="outline" onClick={() => setStatus("archived")}>
                  Show archived
                </Button>
                {canCreate ? <NewProjectDialog trigger={<Button>Create a project</Button>} /> : null}
              </>
            }
          />
        );
      }
      return canCreate ? (
        <EmptyState
          icon={<FolderKanban />}
          title="No projects yet"
          description="A project is what your agents work on: an app, a service, a site. It keeps their runs, deliverables and memory together."
          action={
            <NewProjectDialog
              trigger={
                <Button>
                  <Plus aria-hidden />
                  Create your first project
                </Button>
              }
            />
          }
        />
      ) : (
        <EmptyState
          icon={<FolderKanban />}
          title="No projects yet"
          description={`When someone in ${workspace.name} creates a project, it will show up here. Your role can view projects but not create them.`}
        />
      );
    }

    if (shown.length === 0) {
      return (
        <EmptyState
          icon={<Search />}
          title={`No ${tab} projects match “${query.trim()}”`}
          description="Try another name or part of the description."
          action={
            <Button variant="outline" onClick={() => setQuery("")}>
              Clear search
            </Button>
          }
        />
      );
    }

    return (
      <Grid>
        {shown.map((project) => (
          <ProjectCard key={project.id} project={project} href={`/${workspace.slug}/projects/${project.slug}`} />
        ))}
      </Grid>
    );
  }

  const count = (tab: TStatus) =>
    projects.data ? (
      <span className="rounded-sm bg-foreground/[0.06] px-1.5 text-xs tabular-nums text-muted-foreground dark:bg-foreground/10">
        {groups[tab].length}
      </span>
    ) : null;

  return (
    <>
      <PageHeader
        title="Projects"
        description={`Everything the agents in ${workspace.name} work on.`}
        actions={canCreate ? <NewProjectDialog trigger={newProjectButton} /> : null}
      />
      <Tabs value={status} onValueChange={(value) => setStatus(value === "archived" ? "archived" : "active")}>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <TabsList aria-label="Project status">
            <TabsTrigger value="active">Active {count("active")}</TabsTrigger>
            <TabsTrigger value="archived">Archived {count("archived")}</TabsTrigger>
          </TabsList>
          <div className="relative sm:w-72">
            <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
            <Input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder="Search projects"
              aria-label="Search projects"
              className="pl-8"
            />
          </div>
        </div>
        <TabsContent value="active">{body("active")}</TabsContent>
        <TabsContent value="archived">{body("archived")}</TabsContent>
      </Tabs>
    </>
  );
}

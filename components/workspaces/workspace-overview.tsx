"use client";

// The workspace's front page: a greeting, the numbers that matter today, the
// projects touched most recently, and the first steps still to take.
import { useQuery } from "@tanstack/react-query";
import { ArrowRight, FolderKanban, Plus, ShieldCheck, UserPlus, Users } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { roleDescriptions, roleLabels } from "@/components/members/roles";
import { NewProjectDialog } from "@/components/projects/new-project-dialog";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";

import { GetStartedCard } from "./get-started-card";
import { displayName, useWorkspace } from "./workspace-context";

function StatCard({
  label,
  icon,
  value,
  detail,
  href,
}: {
  label: string;
  icon: ReactNode;
  value: ReactNode;
  detail: ReactNode;
  href?: string;
}) {
  const body = (
    <>
      <div className="flex items-center justify-between text-sm text-muted-foreground">
        <span className="font-medium">{label}</span>
        <span aria-hidden className="[&_svg]:size-4">
          {icon}
        </span>
      </div>
      <div className="text-2xl font-semibold tracking-tight tabular-nums">{value}</div>
      <div className="text-[13px] text-muted-foreground">{detail}</div>
    </>
  );
  const className = "grid gap-1.5 px-5";
  return (
    <Card className="gap-0 py-4 transition-colors has-[a:hover]:border-foreground/15">
      {href ? (
        <Link href={href} className={`${className} rounded-xl outline-none focus-visible:ring-2 focus-visible:ring-ring`}>
          {body}
        </Link>
      ) : (
        <div className={className}>{body}</div>
      )}
    </Card>
  );
}

const loading = <Skeleton className="my-1 h-6 w-12" />;

export function WorkspaceOverview() {
  const trpc = useTRPC();
  const { workspace, user, can } = useWorkspace();
  const base = `/${workspace.slug}`;
  const projects = useQuery(trpc.project.list.queryOptions({ workspaceSlug: workspace.slug, status: "all" }));
  const members = useQuery(trpc.member.list.queryOptions({ workspaceSlug: workspace.slug }));
  const invitations = useQuery({
    ...trpc.invitation.list.queryOptions({ workspaceSlug: workspace.slug }),
    enabled: can("member.invite"),
  });

  const active = projects.data?.filter((p) => !p.archivedAt) ?? [];
  const archivedCount = (projects.data?.length ?? 0) - active.length;
  const recent = active.slice(0, 5);
  const firstName = displayName(user).split(" ")[0];

  return (
    <>
      <PageHeader
        title={`Welcome back, ${firstName}`}
        description={`Here's where things stand in ${workspace.name}.`}
        actions={
          <>
            {can("member.invite") ? (
              <Button variant="outline" asChild>
                <Link href={`${base}/settings/members`}>
                  <UserPlus aria-hidden />
                  Invite people
                </Link>
              </Button>
            ) : null}
            {can("project.create") ? (
              <NewProjectDialog
                trigger={
                  <Button>
                    <Plus aria-hidden />
                    New project
                  </Button>
                }
              />
            ) : null}
          </>
        }
      />

      <div className="grid grid-cols-1 gap-6">
        <section aria-label="At a glance" className="grid gap-4 sm:grid-cols-3">
          <StatCard
            label="Projects"
            icon={<FolderKanban />}
            href={`${base}/projects`}
            value={projects.data ? active.length : projects.isError ? "—" : loading}
            detail={
              projects.data
                ? archivedCount > 0
                  ? `active · ${archivedCount} archived`
                  : "active projects"
                : projects.isError
                  ? "Couldn't load"
                  : "\u00a0"
            }
          />
          <StatCard
            label="Members"
            icon={<Users />}
            href={`${base}/settings/members`}
            value={members.data ? members.data.length : members.isError ? "—" : loading}
            detail={
              members.isError
                ? "Couldn't load"
                : invitations.data && invitations.data.length > 0
                  ? `${invitations.data.length} pending invitation${invitations.data.length === 1 ? "" : "s"}`
                  : "with access to this workspace"
            }
          />
          <StatCard
            label="Your role"
            icon={<ShieldCheck />}
            value={roleLabels[workspace.role]}
            detail={roleDescriptions[workspace.role]}
          />
        </section>

        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-3">
          <Card className="min-w-0 lg:col-span-2">
            <CardHeader>
              <CardTitle>Recently updated projects</CardTitle>
              <CardAction>
                <Button variant="ghost" size="sm" asChild>
                  <Link href={`${base}/projects`}>
                    View all
                    <ArrowRight aria-hidden />
                  </Link>
                </Button>
              </CardAction>
            </CardHeader>
            <CardContent>
              {projects.isPending ? (
                <ul aria-busy className="grid gap-1">
                  <li className="sr-only" role="status">
                    Loading projects…
                  </li>
                  {[0, 1, 2].map((i) => (
                    <li key={i} className="flex items-center gap-3 py-2">
                      <Skeleton className="size-8 rounded-md" />
                      <div className="grid flex-1 gap-1.5">
                        <Skeleton className="h-4 w-40" />
                        <Skeleton className="h-3 w-64 max-w-full" />
                      </div>
                    </li>
                  ))}
                </ul>
              ) : projects.isError ? (
                <ErrorState
                  className="min-h-40"
                  title="Couldn't load projects"
                  message={errorMessage(projects.error)}
                  onRetry={() => projects.refetch()}
                />
              ) : recent.length === 0 ? (
                <EmptyState
                  className="min-h-40"
                  icon={<FolderKanban />}
                  title="No active projects"
                  description={
                    can("project.create")
                      ? "Create a project and it will show up here."
                      : "Projects your team creates will show up here."
                  }
                />
              ) : (
                <ul className="-mx-2 grid">
                  {recent.map((project) => (
                    <li key={project.id}>
                      <Link
                        href={`${base}/projects/${project.slug}`}
                        className="flex items-center gap-3 rounded-lg px-2 py-2.5 outline-none transition-colors hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
                      >
                        <Avatar name={project.name} shape="square" aria-hidden />
                        <span className="grid min-w-0 flex-1">
                          <span className="truncate text-sm font-medium">{project.name}</span>
                          <span className="truncate text-[13px] text-muted-foreground">
                            {project.description || "No description yet."}
                          </span>
                        </span>
                        {project.settings.repositoryUrl ? null : (
                          <Badge variant="outline" className="max-sm:hidden font-normal text-muted-foreground">
                            No repository
                          </Badge>
                        )}
                        <RelativeTime date={project.updatedAt} className="shrink-0 text-xs text-muted-foreground max-sm:hidden" />
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>

          <GetStartedCard
            projects={projects.data}
            memberCount={members.data?.length}
            error={projects.error || members.error ? errorMessage(projects.error ?? members.error) : undefined}
            onRetry={() => Promise.all([projects.refetch(), members.refetch()])}
          />
        </div>
      </div>
    </>
  );
}

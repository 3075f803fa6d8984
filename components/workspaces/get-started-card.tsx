"use client";

// "Get started": three first steps, each ticked from real data, each with the way to do it.
import { Check } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { NewProjectDialog } from "@/components/projects/new-project-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { TProject } from "@/server/services/projects/project-select";

import { useWorkspace } from "./workspace-context";

type TStep = { title: string; description: string; done: boolean; action: ReactNode };

export function GetStartedCard({
  projects,
  memberCount,
  error,
  onRetry,
}: {
  projects?: TProject[];
  memberCount?: number;
  error?: string;
  onRetry?: () => unknown;
}) {
  const { workspace, can } = useWorkspace();
  const base = `/${workspace.slug}`;

  if (error) {
    return <ErrorState className="min-h-40" title="Couldn't load your setup progress" message={error} onRetry={onRetry} />;
  }

  if (!projects || memberCount === undefined) {
    return (
      <Card aria-busy>
        <CardHeader>
          <CardTitle>Get started</CardTitle>
          <Skeleton className="h-4 w-24" />
        </CardHeader>
        <CardContent className="grid gap-4">
          {[0, 1, 2].map((i) => (
            <div key={i} className="flex gap-3">
              <Skeleton className="size-5 rounded-full" />
              <div className="grid flex-1 gap-1.5">
                <Skeleton className="h-4 w-2/3" />
                <Skeleton className="h-3 w-full" />
              </div>
            </div>
          ))}
        </CardContent>
      </Card>
    );
  }

  const firstProject = projects.find((p) => !p.archivedAt) ?? projects[0];
  const steps: TStep[] = [
    {
      title: "Create a project",
      description: "Something for the agents to work on: an app, a service, a site.",
      done: projects.length > 0,
      action: can("project.create") ? (
        <NewProjectDialog trigger={<Button size="sm" variant="outline">New project</Button>} />
      ) : null,
    },
    {
      title: "Invite your team",
      description: "Runs go better with someone to approve them. Share an invite link.",
      done: memberCount > 1,
      action: can("member.invite") ? (
        <Button size="sm" variant="outline" asChild>
          <Link href={`${base}/settings/members`}>Invite people</Link>
        </Button>
      ) : null,
    },
    {
      title: "Connect a repository",
      description: "Link a project to its code so agents and reviews know where it lives.",
      done: projects.some((p) => Boolean(p.settings.repositoryUrl)),
      action:
        firstProject && can("project.update") ? (
          <Button size="sm" variant="outline" asChild>
            <Link href={`${base}/projects/${firstProject.slug}?tab=settings`}>Add a repository</Link>
          </Button>
        ) : null,
    },
  ];
  const done = steps.filter((s) => s.done).length;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Get started</CardTitle>
        <CardDescription>
          {done === steps.length ? "All set. Your workspace is ready for its first runs." : `${done} of ${steps.length} done`}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <div
          className="h-1.5 overflow-hidden rounded-full bg-muted"
          role="progressbar"
          aria-label="Setup progress"
          aria-valuemin={0}
          aria-valuemax={steps.length}
          aria-valuenow={done}
        >
          <div className="h-full rounded-full bg-primary transition-[width]" style={{ width: `${(done / steps.length) * 100}%` }} />
        </div>
        <ol className="grid gap-4">
          {steps.map((step) => (
            <li key={step.title} className="flex gap-3">
              <span
                className={cn(
                  "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full border",
                  step.done ? "border-transparent bg-success text-success-foreground" : "border-dashed border-muted-foreground/50",
                )}
              >
                {step.done ? <Check className="size-3" strokeWidth={3} aria-hidden /> : null}
              </span>
              <div className="grid min-w-0 flex-1 gap-1">
                <p className={cn("text-sm font-medium", step.done && "text-muted-foreground line-through decoration-muted-foreground/40")}>
                  {step.title}
                  <span className="sr-only">{step.done ? " (done)" : " (to do)"}</span>
                </p>
                {step.done ? null : (
                  <>
                    <p className="text-[13px] text-muted-foreground">{step.description}</p>
                    {step.action ? <div className="mt-1.5">{step.action}</div> : null}
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}

"use client";

// The project's Overview tab: what it is, the facts workflows branch on, and who made it when.
import { CircleCheck, CircleDashed, ExternalLink, FolderGit2 } from "lucide-react";
import type { ReactNode } from "react";

import { DateTime, RelativeTime } from "@/components/shell/relative-time";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import { projectFacts } from "@/server/services/projects/schemas";
import type { TProject } from "@/server/services/projects/project-select";

import { displayUrl, factKeys } from "./facts";

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  );
}

export function ProjectOverviewTab({ project, onEdit }: { project: TProject; onEdit: () => void }) {
  const { can } = useWorkspace();
  const canEdit = can("project.update");
  const repositoryUrl = project.settings.repositoryUrl;
  const creator = project.createdBy;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="grid min-w-0 grid-cols-1 content-start gap-6 lg:col-span-2">
        <Card>
          <CardHeader>
            <CardTitle>About</CardTitle>
          </CardHeader>
          <CardContent>
            {project.description ? (
              <p className="text-sm leading-relaxed whitespace-pre-wrap">{project.description}</p>
            ) : (
              <div className="flex flex-col items-start gap-3 text-sm text-muted-foreground">
                <p>No description yet. Agents read it first, so a paragraph about what you are building and for whom goes a long way.</p>
                {canEdit ? (
                  <Button variant="outline" size="sm" onClick={onEdit}>
                    Add a description
                  </Button>
                ) : null}
              </div>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Facts</CardTitle>
            <CardDescription>What workflows know about this project when they decide which agents and steps to run.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-px overflow-hidden rounded-lg border bg-border">
              {factKeys.map((key) => {
                const on = project.settings.facts?.[key] === true;
                return (
                  <li key={key} className="flex items-center gap-3 bg-card px-3 py-2.5 text-sm">
                    {on ? (
                      <CircleCheck className="size-4 shrink-0 text-success" aria-hidden />
                    ) : (
                      <CircleDashed className="size-4 shrink-0 text-muted-foreground/70" aria-hidden />
                    )}
                    <span className={on ? "flex-1" : "flex-1 text-muted-foreground"}>{projectFacts[key]}</span>
                    <span className="text-xs font-medium text-muted-foreground">{on ? "Yes" : "No"}</span>
                  </li>
                );
              })}
            </ul>
          </CardContent>
        </Card>
      </div>

      <Card className="content-start self-start">
        <CardHeader>
          <CardTitle>Details</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4">
            <Detail label="Repository">
              {repositoryUrl ? (
                <a
                  href={repositoryUrl}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="inline-flex max-w-full items-center gap-1.5 rounded-sm font-medium outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <FolderGit2 className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                  <span className="truncate">{displayUrl(repositoryUrl)}</span>
                  <ExternalLink className="size-3 shrink-0 text-muted-foreground" aria-hidden />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              ) : (
                <span className="flex flex-wrap items-center gap-x-2 text-muted-foreground">
                  Not connected
                  {canEdit ? (
                    <Button variant="link" size="sm" className="h-auto text-[13px]" onClick={onEdit}>
                      Add repository
                    </Button>
                  ) : null}
                </span>
              )}
            </Detail>
            <Detail label="Created by">
              {creator ? (
                <span className="flex items-center gap-2">
                  <Avatar name={creator.name} email={creator.email} size="sm" aria-hidden />
                  <span className="truncate">{creator.name?.trim() || creator.email}</span>
                </span>
              ) : (
                <span className="text-muted-foreground">A former member</span>
              )}
            </Detail>
            <Detail label="Created">
              <DateTime date={project.createdAt} />
            </Detail>
            <Detail label="Last updated">
              <RelativeTime date={project.updatedAt} />
            </Detail>
            <Detail label="Status">
              {project.archivedAt ? (
                <span>
                  Archived <RelativeTime date={project.archivedAt} className="text-muted-foreground" />
                </span>
              ) : (
                "Active"
              )}
            </Detail>
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}

// A project in the grid: the whole card opens it; the repository link stays its own target.
import { FolderGit2 } from "lucide-react";
import Link from "next/link";

import { RelativeTime } from "@/components/shell/relative-time";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { TProject } from "@/server/services/projects/project-select";

import { displayUrl, enabledFacts, factShortLabels } from "./facts";

export function ProjectCard({ project, href }: { project: TProject; href: string }) {
  const facts = enabledFacts(project.settings);
  const repositoryUrl = project.settings.repositoryUrl;
  const creator = project.createdBy ? project.createdBy.name?.trim() || project.createdBy.email : null;

  return (
    <Card className="group relative gap-4 py-4 transition-[border-color,box-shadow] focus-within:ring-2 focus-within:ring-ring hover:border-foreground/15 hover:shadow-sm">
      <div className="flex items-start gap-3 px-4">
        <Avatar name={project.name} shape="square" aria-hidden />
        <div className="min-w-0 flex-1">
          <h3 className="truncate text-sm font-semibold">
            <Link href={href} className="outline-none after:absolute after:inset-0 after:rounded-xl">
              {project.name}
            </Link>
          </h3>
          <p className="text-xs text-muted-foreground">
            <RelativeTime date={project.updatedAt} prefix="Updated" />
          </p>
        </div>
        {project.archivedAt ? <Badge variant="warning">Archived</Badge> : null}
      </div>

      <p className="line-clamp-2 min-h-10 px-4 text-sm text-muted-foreground">
        {project.description || <span className="italic">No description yet.</span>}
      </p>

      {facts.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5 px-4" aria-label="Facts">
          {facts.map((fact) => (
            <li key={fact}>
              <Badge variant="secondary">{factShortLabels[fact]}</Badge>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="mt-auto flex items-center justify-between gap-3 border-t px-4 pt-3 text-xs text-muted-foreground">
        {repositoryUrl ? (
          <a
            href={repositoryUrl}
            target="_blank"
            rel="noreferrer noopener"
            className="relative z-10 flex min-w-0 items-center gap-1.5 rounded-sm outline-none hover:text-foreground hover:underline focus-visible:ring-2 focus-visible:ring-ring"
          >
            <FolderGit2 className="size-3.5 shrink-0" aria-hidden />
            <span className="truncate">{displayUrl(repositoryUrl)}</span>
          </a>
        ) : (
          <span className="flex items-center gap-1.5">
            <FolderGit2 className="size-3.5 shrink-0" aria-hidden />
            No repository
          </span>
        )}
        {creator ? (
          <span className="flex shrink-0 items-center gap-1.5" title={`Created by ${creator}`}>
            <Avatar name={project.createdBy?.name} email={project.createdBy?.email} size="xs" aria-hidden />
            <span className="sr-only">Created by </span>
            <span className="max-w-28 truncate">{creator}</span>
          </span>
        ) : null}
      </div>
    </Card>
  );
}

export function ProjectCardSkeleton() {
  return (
    <Card className="gap-4 py-4">
      <div className="flex items-start gap-3 px-4">
        <Skeleton className="size-8 rounded-md" />
        <div className="grid flex-1 gap-1.5">
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-3 w-1/3" />
        </div>
      </div>
      <div className="grid gap-1.5 px-4">
        <Skeleton className="h-3.5 w-full" />
        <Skeleton className="h-3.5 w-4/5" />
      </div>
      <div className="flex gap-1.5 px-4">
        <Skeleton className="h-5 w-20" />
        <Skeleton className="h-5 w-16" />
      </div>
      <div className="flex justify-between border-t px-4 pt-3">
        <Skeleton className="h-3.5 w-32" />
        <Skeleton className="h-3.5 w-20" />
      </div>
    </Card>
  );
}

"use client";

// One repository of an installation and the project its pull requests are
// reviewed into, saved as soon as it is chosen. Repositories GitHub no longer
// shares with the app are greyed, saying since when; their mapping is kept
// for the day access comes back.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Lock } from "lucide-react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Select, SelectContent, SelectItem, SelectSeparator, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TGitHubInstallationView, TGitHubRepositoryView } from "@/server/services/github/connect/github-views";

const NOT_REVIEWED = "__not_reviewed__";

export type TProjectOption = { id: string; name: string };

export function RepositoryRow({ repository, projects, dimmed }: { repository: TGitHubRepositoryView; projects: TProjectOption[]; dimmed: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const removed = repository.removedAt !== null;
  const current = repository.project;

  const save = useMutation(
    trpc.github.setRepositoryProject.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.github.installations.queryKey({ workspaceSlug: workspace.slug }), (old: TGitHubInstallationView[] | undefined) =>
          old?.map((installation) => ({ ...installation, repositories: installation.repositories.map((r) => (r.id === saved.id ? saved : r)) })),
        );
        toast.success(saved.project ? `${saved.fullName} reviews into ${saved.project.name}` : `${saved.fullName} is no longer reviewed`);
      },
      onError: (error) => toast.error(`Couldn't change ${repository.fullName}`, { description: errorMessage(error) }),
    }),
  );

  const value = save.isPending ? (save.variables.projectId ?? NOT_REVIEWED) : (current?.id ?? NOT_REVIEWED);

  return (
    <li className={cn("flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5", (removed || dimmed) && "bg-muted/30")}>
      <div className={cn("grid min-w-0 flex-1 gap-0.5", (removed || dimmed) && "opacity-60")}>
        <span className="flex min-w-0 items-center gap-2">
          <span className="truncate font-mono text-[13px] font-medium" title={repository.fullName}>
            {repository.fullName}
          </span>
          {repository.isPrivate ? (
            <Badge variant="outline" className="font-normal">
              <Lock aria-hidden />
              Private
            </Badge>
          ) : null}
        </span>
        {removed ? (
          <span className="text-xs text-muted-foreground">
            The app lost access <RelativeTime date={repository.removedAt!} /> (removed from the installation on GitHub). No reviews until it is added back.
          </span>
        ) : current?.archived ? (
          <span className="text-xs text-warning">Its project {current.name} is archived: no reviews until you restore it or choose another.</span>
        ) : null}
      </div>
      <div className="w-full sm:w-64">
        <Select
          value={value}
          onValueChange={(next) => save.mutate({ workspaceSlug: workspace.slug, repositoryId: repository.id, projectId: next === NOT_REVIEWED ? null : next })}
          disabled={removed || save.isPending}
        >
          <SelectTrigger size="sm" aria-label={`Project for ${repository.fullName}`} aria-busy={save.isPending || undefined}>
            <SelectValue placeholder="Not reviewed" />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={NOT_REVIEWED}>Not reviewed</SelectItem>
            {projects.length > 0 || current ? <SelectSeparator /> : null}
            {current && !projects.some((p) => p.id === current.id) ? (
              <SelectItem value={current.id} disabled>
                {current.name} (archived)
              </SelectItem>
            ) : null}
            {projects.map((project) => (
              <SelectItem key={project.id} value={project.id}>
                {project.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
    </li>
  );
}

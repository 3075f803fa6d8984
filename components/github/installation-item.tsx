"use client";

// One connected installation: whose it is, its state on GitHub (waiting for
// GitHub's event, suspended, uninstalled — greyed, saying why), a link to
// manage it on GitHub, "Disconnect", and its repositories with their projects.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Building2, ExternalLink, Unplug, User } from "lucide-react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TGitHubInstallationView } from "@/server/services/github/connect/github-views";

import { installationSettingsUrl } from "./github-meta";
import { RepositoryRow, type TProjectOption } from "./repository-row";

function StateNote({ installation }: { installation: TGitHubInstallationView }) {
  if (installation.removedAt) {
    return (
      <p className="text-xs text-muted-foreground">
        Uninstalled on GitHub <RelativeTime date={installation.removedAt} />: nothing is reviewed. Install it again, or disconnect it to tidy up.
      </p>
    );
  }
  if (installation.suspendedAt) {
    return (
      <p className="text-xs text-warning">
        Suspended on GitHub <RelativeTime date={installation.suspendedAt} />: GitHub sends no events and reviews are paused until it is unsuspended there.
      </p>
    );
  }
  if (!installation.accountLogin) {
    return <p className="text-xs text-muted-foreground">Connected. Waiting for GitHub&apos;s installation event with the account and its repositories (usually seconds).</p>;
  }
  return null;
}

export function InstallationItem({ installation, projects, githubUrl }: { installation: TGitHubInstallationView; projects: TProjectOption[]; githubUrl: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const disconnect = useMutation(trpc.github.disconnect.mutationOptions());
  const inactive = installation.removedAt !== null || installation.suspendedAt !== null;
  const name = installation.accountLogin ?? `Installation ${installation.installationId}`;
  const AccountIcon = installation.accountType === "Organization" ? Building2 : User;
  const reachable = installation.repositories.filter((r) => r.removedAt === null).length;
  const mapped = installation.repositories.filter((r) => r.removedAt === null && r.project).length;

  return (
    <li className="overflow-hidden rounded-lg border">
      <div className={cn("flex flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3", inactive && "bg-muted/40")}>
        <div className={cn("grid min-w-0 flex-1 gap-1", inactive && "opacity-70")}>
          <span className="flex flex-wrap items-center gap-2">
            <AccountIcon aria-hidden className="size-4 text-muted-foreground" />
            <span className="font-medium">{name}</span>
            {installation.accountType ? <Badge variant="secondary">{installation.accountType === "Organization" ? "Organization" : "User"}</Badge> : null}
            {installation.removedAt ? <Badge variant="destructive">Uninstalled</Badge> : installation.suspendedAt ? <Badge variant="warning">Suspended</Badge> : null}
            {!installation.accountLogin && !inactive ? <Badge variant="info">Waiting for GitHub</Badge> : null}
          </span>
          <StateNote installation={installation} />
          {!inactive && installation.accountLogin ? (
            <p className="text-xs text-muted-foreground">
              {reachable === 0 ? "No repositories shared with the app yet." : `${mapped} of ${reachable} ${reachable === 1 ? "repository" : "repositories"} reviewed.`}
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-1">
          <Button variant="outline" size="sm" asChild>
            <a href={installationSettingsUrl(githubUrl, installation)} target="_blank" rel="noreferrer">
              {installation.removedAt ? "Open on GitHub" : "Repositories on GitHub"}
              <ExternalLink aria-hidden />
            </a>
          </Button>
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="icon-sm" aria-label={`Disconnect ${name}`}>
                <Unplug />
              </Button>
            }
            title={`Disconnect ${name}?`}
            description="Its repositories stop being reviewed and their project choices are cleared. The app stays installed on GitHub (uninstall it there if you no longer want it); past reviews stay here. You can connect it again with “Install on GitHub”."
            confirmLabel="Disconnect"
            onConfirm={async () => {
              await disconnect.mutateAsync({ workspaceSlug: workspace.slug, installationId: installation.id });
              toast.success(`${name} disconnected`);
              await queryClient.invalidateQueries({ queryKey: trpc.github.installations.queryKey() });
              await queryClient.invalidateQueries({ queryKey: trpc.github.deliveries.queryKey() });
            }}
          />
        </div>
      </div>
      {installation.repositories.length > 0 ? (
        <ul className="divide-y border-t" aria-label={`Repositories of ${name}`}>
          {installation.repositories.map((repository) => (
            <RepositoryRow key={repository.id} repository={repository} projects={projects} dimmed={inactive} />
          ))}
        </ul>
      ) : null}
      {installation.repositoriesNotListed > 0 ? (
        <p className="border-t px-4 py-2 text-xs text-muted-foreground">
          And {installation.repositoriesNotListed.toLocaleString()} more not listed here. Limit the installation to the repositories to review on GitHub.
        </p>
      ) : null}
    </li>
  );
}

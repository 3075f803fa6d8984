"use client";

// Settings → GitHub: creating the app when this server has none, then the
// connected installations with their repository → project mapping, recent
// reviews and recent webhook deliveries. For "github.manage" holders only;
// everyone else is told who manages it.
import { useQuery } from "@tanstack/react-query";
import { Lock } from "lucide-react";

import { roleLabels } from "@/components/members/roles";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { AppSetupCard } from "./app-setup-card";
import { InstallationsCard } from "./installations-card";
import { RecentDeliveriesCard } from "./recent-deliveries-card";
import { RecentReviewsCard } from "./recent-reviews-card";
import { useGitHubNotice } from "./use-github-notice";

function GitHubSettings() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const status = useQuery(trpc.github.status.queryOptions({ workspaceSlug: workspace.slug }));
  useGitHubNotice();

  if (status.isPending) {
    return (
      <Card aria-busy>
        <span className="sr-only" role="status">
          Loading GitHub settings…
        </span>
        <CardHeader className="gap-2">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-96 max-w-full" />
        </CardHeader>
        <CardContent className="grid gap-3">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </CardContent>
      </Card>
    );
  }
  if (status.isError) return <ErrorState title="Couldn't load GitHub settings" message={errorMessage(status.error)} onRetry={() => status.refetch()} />;
  if (!status.data.configured) return <AppSetupCard status={status.data} />;
  return (
    <div className="grid gap-6">
      <InstallationsCard status={status.data} />
      <RecentReviewsCard githubUrl={status.data.githubUrl} />
      <RecentDeliveriesCard />
    </div>
  );
}

export function GitHubView() {
  const { workspace, can } = useWorkspace();
  if (!can("github.manage")) {
    return (
      <EmptyState
        icon={<Lock />}
        title="Admins manage GitHub"
        description={`Your role (${roleLabels[workspace.role]}) can't connect GitHub or choose which repositories are reviewed. Ask an admin or owner to map a repository to your project.`}
      />
    );
  }
  return <GitHubSettings />;
}

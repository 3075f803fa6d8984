"use client";

// The workspace's last 20 pull-request reviews: which pull request and head,
// in which project, how it went (state, verdict, findings posted) and the run
// that did the work.
import { useQuery } from "@tanstack/react-query";
import { ExternalLink, ListChecks } from "lucide-react";
import Link from "next/link";

import { useTRPC } from "@/components/providers/trpc";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TGitHubReviewView } from "@/server/services/github/connect/github-views";

import { badgeOf, reviewStatusBadges, shortSha, verdictBadges } from "./github-meta";
import { RecentTableCard, td, type TRecentColumn } from "./recent-table-card";

const columns: TRecentColumn[] = [
  { label: "Pull request" },
  { label: "Project", className: "max-md:hidden" },
  { label: "Status" },
  { label: "Findings", className: "text-right max-sm:hidden" },
  { label: "Run" },
  { label: "When", className: "max-sm:hidden" },
];

function ReviewRow({ review, githubUrl }: { review: TGitHubReviewView; githubUrl: string }) {
  const { workspace } = useWorkspace();
  const status = badgeOf(reviewStatusBadges, review.status);
  const verdict = review.verdict ? badgeOf(verdictBadges, review.verdict) : null;
  return (
    <tr>
      <td className={cn(td, "min-w-48")}>
        <a
          href={`${githubUrl}/${review.repository}/pull/${review.pullNumber}`}
          target="_blank"
          rel="noreferrer"
          className="inline-flex items-center gap-1 font-medium underline-offset-4 hover:underline"
        >
          {review.repository}#{review.pullNumber}
          <ExternalLink aria-hidden className="size-3 text-muted-foreground" />
        </a>
        <div className="text-xs text-muted-foreground">
          <span className="font-mono">{shortSha(review.headSha)}</span> · {review.trigger === "comment" ? "/coral review" : review.trigger.replace(/_/g, " ")}
        </div>
      </td>
      <td className={cn(td, "max-md:hidden")}>
        <Link href={`/${workspace.slug}/projects/${review.project.slug}`} className="underline-offset-4 hover:underline">
          {review.project.name}
        </Link>
      </td>
      <td className={td}>
        <div className="flex flex-wrap gap-1">
          <Badge variant={status.variant} title={review.statusReason ?? undefined}>
            {status.label}
          </Badge>
          {verdict ? <Badge variant={verdict.variant}>{verdict.label}</Badge> : null}
        </div>
        {review.statusReason ? <div className="mt-1 max-w-64 text-xs text-muted-foreground">{review.statusReason}</div> : null}
      </td>
      <td className={cn(td, "text-right tabular-nums max-sm:hidden")}>{review.findingsPosted}</td>
      <td className={td}>
        {review.run ? (
          <Link href={`/${workspace.slug}/runs/${review.run.id}`} className="font-medium whitespace-nowrap text-primary underline-offset-4 hover:underline">
            Run #{review.run.number}
          </Link>
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
      </td>
      <td className={cn(td, "whitespace-nowrap text-muted-foreground max-sm:hidden")}>
        <RelativeTime date={review.createdAt} />
      </td>
    </tr>
  );
}

export function RecentReviewsCard({ githubUrl }: { githubUrl: string }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const reviews = useQuery(trpc.github.reviews.queryOptions({ workspaceSlug: workspace.slug }));

  return (
    <RecentTableCard
      title="Recent reviews"
      description="The last 20 pull-request reviews in this workspace and the runs that made them."
      query={reviews}
      loadingLabel="Loading reviews…"
      skeletonClassName="h-9"
      errorTitle="Couldn't load reviews"
      empty={{
        icon: <ListChecks />,
        title: "No reviews yet",
        description: "Open a pull request (or comment “/coral review” on one) in a repository mapped to a project, and its review shows up here.",
      }}
      caption={`Recent pull-request reviews of ${workspace.name}`}
      columns={columns}
    >
      {(rows) => rows.map((review) => <ReviewRow key={review.id} review={review} githubUrl={githubUrl} />)}
    </RecentTableCard>
  );
}

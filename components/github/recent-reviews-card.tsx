"use client";

// The workspace's last 20 pull-request reviews: which pull request and head,
// in which project, how it went (state, verdict, findings posted) and the run
// that did the work.
import { useQuery } from "@tanstack/react-query";
import { ExternalLink, ListChecks } from "lucide-react";
import Link from "next/link";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TGitHubReviewView } from "@/server/services/github/connect/github-views";

import { badgeOf, reviewStatusBadges, shortSha, verdictBadges } from "./github-meta";

const th = "px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-muted-foreground first:pl-0 last:pr-0";
const td = "px-3 py-2.5 align-top first:pl-0 last:pr-0";

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

  let body;
  if (reviews.isPending) {
    body = (
      <div aria-busy className="grid gap-2">
        <span className="sr-only" role="status">
          Loading reviews…
        </span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-9 w-full" />
        ))}
      </div>
    );
  } else if (reviews.isError) {
    body = <ErrorState title="Couldn't load reviews" message={errorMessage(reviews.error)} onRetry={() => reviews.refetch()} />;
  } else if (reviews.data.length === 0) {
    body = (
      <EmptyState
        icon={<ListChecks />}
        title="No reviews yet"
        description="Open a pull request (or comment “/coral review” on one) in a repository mapped to a project, and its review shows up here."
        className="min-h-40"
      />
    );
  } else {
    body = (
      <div className="-mx-5 overflow-x-auto px-5">
        <table className="w-full text-sm">
          <caption className="sr-only">Recent pull-request reviews of {workspace.name}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className={th}>
                Pull request
              </th>
              <th scope="col" className={cn(th, "max-md:hidden")}>
                Project
              </th>
              <th scope="col" className={th}>
                Status
              </th>
              <th scope="col" className={cn(th, "text-right max-sm:hidden")}>
                Findings
              </th>
              <th scope="col" className={th}>
                Run
              </th>
              <th scope="col" className={cn(th, "max-sm:hidden")}>
                When
              </th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {reviews.data.map((review) => (
              <ReviewRow key={review.id} review={review} githubUrl={githubUrl} />
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Recent reviews</CardTitle>
        <CardDescription>The last 20 pull-request reviews in this workspace and the runs that made them.</CardDescription>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}

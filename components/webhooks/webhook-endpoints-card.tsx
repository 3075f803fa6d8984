"use client";

// The workspace's webhook endpoints, with adding one; when there are none, a
// guide to what webhooks send and how to verify them.
import { useQuery } from "@tanstack/react-query";
import { Plus, Webhook } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { CreateWebhookDialog } from "./create-webhook-dialog";
import { WebhookEndpointRow } from "./webhook-endpoint-row";
import { WebhookGuide } from "./webhook-guide";

function EndpointsSkeleton() {
  return (
    <ul aria-busy className="divide-y rounded-lg border">
      <li className="sr-only" role="status">
        Loading webhook endpoints…
      </li>
      {[0, 1].map((i) => (
        <li key={i} className="grid gap-2 px-4 py-3">
          <Skeleton className="h-4 w-72" />
          <Skeleton className="h-5 w-44" />
        </li>
      ))}
    </ul>
  );
}

export function WebhookEndpointsCard() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const endpoints = useQuery(trpc.webhook.list.queryOptions({ workspaceSlug: workspace.slug }));
  const hasEndpoints = (endpoints.data?.length ?? 0) > 0;

  let body;
  if (endpoints.isPending) {
    body = <EndpointsSkeleton />;
  } else if (endpoints.isError) {
    body = <ErrorState title="Couldn't load webhook endpoints" message={errorMessage(endpoints.error)} onRetry={() => endpoints.refetch()} />;
  } else if (!hasEndpoints) {
    body = (
      <div className="grid gap-6">
        <EmptyState
          icon={<Webhook />}
          title="No webhook endpoints yet"
          description="Webhooks tell your systems (chat, CI, your own app) the moment a run succeeds, fails or waits for an approval, with a signed JSON POST to a URL you choose."
          action={
            <CreateWebhookDialog
              trigger={
                <Button>
                  <Plus aria-hidden />
                  Add endpoint
                </Button>
              }
            />
          }
        />
        <WebhookGuide />
      </div>
    );
  } else {
    body = (
      <div className="grid gap-6">
        <ul className="divide-y rounded-lg border" aria-label={`Webhook endpoints of ${workspace.name}`}>
          {endpoints.data.map((endpoint) => (
            <WebhookEndpointRow key={endpoint.id} endpoint={endpoint} />
          ))}
        </ul>
        <details className="rounded-lg border px-4 py-3">
          <summary className="cursor-pointer text-sm font-medium select-none">Payload format and signature verification</summary>
          <WebhookGuide className="mt-4" />
        </details>
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Webhooks</CardTitle>
        <CardDescription>Signed HTTP callbacks when runs finish or need an approval, retried for about a day.</CardDescription>
        {hasEndpoints ? (
          <CardAction>
            <CreateWebhookDialog />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}

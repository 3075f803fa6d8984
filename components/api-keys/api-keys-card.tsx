"use client";

// The workspace's API keys: name and visible prefix, scopes, who created it,
// when it was last used, when it expires, its state, and revoking it.
import { useQuery } from "@tanstack/react-query";
import { KeyRound, Plus } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { displayName, useWorkspace } from "@/components/workspaces/workspace-context";
import type { TApiKeyListItem } from "@/server/services/api-keys/list-api-keys";

import { CreateApiKeyDialog } from "./create-api-key-dialog";
import { RevokeApiKey } from "./revoke-api-key";
import { scopeLabels, statusBadges } from "./scopes";

function KeyRowsSkeleton() {
  return (
    <>
      {[0, 1, 2].map((i) => (
        <tr key={i}>
          <td className="py-3 pr-4">
            <div className="grid gap-1.5">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-3 w-36" />
            </div>
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="h-5 w-24" />
          </td>
          <td className="py-3 pr-4 max-lg:hidden">
            <Skeleton className="h-4 w-28" />
          </td>
          <td className="py-3 pr-4 max-md:hidden">
            <Skeleton className="h-4 w-20" />
          </td>
          <td className="py-3 pr-4 max-md:hidden">
            <Skeleton className="h-4 w-20" />
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="h-5 w-14" />
          </td>
          <td />
        </tr>
      ))}
    </>
  );
}

function KeyRow({ apiKey }: { apiKey: TApiKeyListItem }) {
  const status = statusBadges[apiKey.status];
  return (
    <tr className={apiKey.status === "active" ? undefined : "text-muted-foreground"}>
      <td className="w-full max-w-0 py-3 pr-4">
        <div className="grid min-w-0">
          <span className="truncate font-medium text-foreground">{apiKey.name}</span>
          <span className="truncate font-mono text-[13px] text-muted-foreground">{apiKey.prefix}…</span>
        </div>
      </td>
      <td className="py-3 pr-4">
        <ul className="flex flex-wrap gap-1" aria-label="Scopes">
          {apiKey.scopes.map((scope) => (
            <li key={scope}>
              <Badge variant="secondary" className="font-normal" title={scope}>
                {scopeLabels[scope]}
              </Badge>
            </li>
          ))}
        </ul>
      </td>
      <td className="py-3 pr-4 whitespace-nowrap max-lg:hidden">
        <div className="grid">
          <span className="text-foreground">{apiKey.createdBy ? displayName(apiKey.createdBy) : "Command line"}</span>
          <span className="text-[13px] text-muted-foreground">
            <RelativeTime date={apiKey.createdAt} />
          </span>
        </div>
      </td>
      <td className="py-3 pr-4 whitespace-nowrap text-muted-foreground max-md:hidden">
        {apiKey.lastUsedAt ? <RelativeTime date={apiKey.lastUsedAt} /> : "Never"}
      </td>
      <td className="py-3 pr-4 whitespace-nowrap text-muted-foreground max-md:hidden">
        {apiKey.expiresAt ? <RelativeTime date={apiKey.expiresAt} /> : "Never"}
      </td>
      <td className="py-3 pr-4 whitespace-nowrap">
        <Badge variant={status.variant}>{status.label}</Badge>
      </td>
      <td className="py-3 text-right">{apiKey.status === "revoked" ? null : <RevokeApiKey apiKey={apiKey} />}</td>
    </tr>
  );
}

export function ApiKeysCard() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const keys = useQuery(trpc.apiKey.list.queryOptions({ workspaceSlug: workspace.slug }));
  const hasKeys = (keys.data?.length ?? 0) > 0;

  let body;
  if (keys.isError) {
    body = <ErrorState title="Couldn't load API keys" message={errorMessage(keys.error)} onRetry={() => keys.refetch()} />;
  } else if (keys.data?.length === 0) {
    body = (
      <EmptyState
        icon={<KeyRound />}
        title="No API keys yet"
        description="An API key lets scripts, CI jobs and your own tools use the REST API: create projects, start runs and read their results, within the scopes you give it."
        action={
          <CreateApiKeyDialog
            trigger={
              <Button>
                <Plus aria-hidden />
                Create key
              </Button>
            }
          />
        }
      />
    );
  } else {
    body = (
      <div className="-mx-5 overflow-x-auto px-5">
        <table className="w-full text-sm">
          <caption className="sr-only">API keys of {workspace.name}</caption>
          <thead>
            <tr className="border-b text-left text-xs text-muted-foreground">
              <th scope="col" className="w-full max-w-0 pr-4 pb-2 font-medium">
                Key
              </th>
              <th scope="col" className="pr-4 pb-2 font-medium">
                Scopes
              </th>
              <th scope="col" className="pr-4 pb-2 font-medium max-lg:hidden">
                Created by
              </th>
              <th scope="col" className="pr-4 pb-2 font-medium max-md:hidden">
                Last used
              </th>
              <th scope="col" className="pr-4 pb-2 font-medium max-md:hidden">
                Expires
              </th>
              <th scope="col" className="pr-4 pb-2 font-medium">
                Status
              </th>
              <th scope="col" className="pb-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y" aria-busy={keys.isPending || undefined}>
            {keys.isPending ? <KeyRowsSkeleton /> : keys.data.map((apiKey) => <KeyRow key={apiKey.id} apiKey={apiKey} />)}
          </tbody>
        </table>
        {keys.isPending ? (
          <span className="sr-only" role="status">
            Loading API keys…
          </span>
        ) : null}
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>API keys</CardTitle>
        <CardDescription>
          Keys call the REST API at <span className="font-mono">/api/v1</span> as this workspace. Each is shown once when
          created; revoking one takes effect immediately.
        </CardDescription>
        {hasKeys ? (
          <CardAction>
            <CreateApiKeyDialog />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}

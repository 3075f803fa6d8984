"use client";

// One model provider in Settings → Models: whether it is configured and where
// from (this workspace's key, or the deployment's env), the key's last four
// characters, and — for admins — adding, replacing or removing the key.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound, Server, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TModelOverview } from "@/server/services/models/model-overview";

import { CredentialDialog } from "./credential-dialog";
import { providerDescriptions, providerEnv, providerLabel } from "./provider-meta";

type TProviderState = TModelOverview["providers"][number];

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 items-baseline justify-between gap-3 text-[13px]">
      <dt className="shrink-0 text-muted-foreground">{label}</dt>
      <dd className="min-w-0 truncate text-right">{children}</dd>
    </div>
  );
}

export function ProviderCard({ state, canManage }: { state: TProviderState; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const remove = useMutation(trpc.models.removeCredential.mutationOptions());
  const { provider, credential, source } = state;
  const name = providerLabel(provider);
  const Icon = provider === "compatible" ? Server : KeyRound;

  return (
    <Card className="min-w-0 gap-4" aria-labelledby={`provider-${provider}`}>
      <CardHeader>
        <CardTitle id={`provider-${provider}`} className="flex items-center gap-2">
          <Icon className="size-4 text-muted-foreground" aria-hidden />
          {name}
        </CardTitle>
        <CardAction>
          {state.configured ? <Badge variant="success">Configured</Badge> : <Badge variant="outline" className="text-muted-foreground">Not configured</Badge>}
        </CardAction>
        <CardDescription>{providerDescriptions[provider]}</CardDescription>
      </CardHeader>
      <CardContent className="flex-1">
        <dl className="grid gap-1.5">
          <Detail label="Source">
            {source === "workspace" ? "This workspace" : source === "deployment" ? "Deployment env" : <span className="text-muted-foreground">—</span>}
          </Detail>
          {credential ? (
            <>
              {credential.keyHint ? (
                <Detail label="Key">
                  <code className="font-mono text-xs" aria-label={`Key ending in ${credential.keyHint}`}>
                    ••••{credential.keyHint}
                  </code>
                </Detail>
              ) : provider === "compatible" ? (
                <Detail label="Key">
                  <span className="text-muted-foreground">none</span>
                </Detail>
              ) : null}
              {credential.baseUrl ? (
                <Detail label="Base URL">
                  <code className="font-mono text-xs" title={credential.baseUrl}>
                    {credential.baseUrl}
                  </code>
                </Detail>
              ) : null}
              <Detail label="Saved">
                <RelativeTime date={credential.updatedAt} />
              </Detail>
            </>
          ) : source === "deployment" ? (
            <Detail label="From">
              <code className="font-mono text-xs">{providerEnv[provider]}</code>
            </Detail>
          ) : (
            <Detail label="Env var">
              <code className="font-mono text-xs text-muted-foreground">{providerEnv[provider]}</code>
            </Detail>
          )}
        </dl>
        {source === "deployment" && canManage ? (
          <p className="mt-3 text-xs text-muted-foreground">A key saved here replaces the deployment&apos;s for this workspace only.</p>
        ) : null}
      </CardContent>
      {canManage ? (
        <CardFooter className="gap-2 border-t">
          <CredentialDialog
            provider={provider}
            replacing={source === "workspace"}
            trigger={
              <Button variant={state.configured ? "outline" : "default"} size="sm">
                {source === "workspace" ? "Replace" : provider === "compatible" ? "Connect server" : "Add key"}
              </Button>
            }
          />
          {source === "workspace" ? (
            <ConfirmDialog
              trigger={
                <Button variant="ghost" size="sm" className="text-muted-foreground hover:text-destructive">
                  <Trash2 aria-hidden />
                  Remove
                </Button>
              }
              title={`Remove the ${name} ${provider === "compatible" ? "server" : "key"}?`}
              description={
                state.configured && provider !== "compatible"
                  ? `Agents in ${workspace.name} stop using this key right away. If the deployment sets ${providerEnv[provider]}, they fall back to that; otherwise to the other providers, or the offline model when none is left.`
                  : `Agents in ${workspace.name} stop using it right away and fall back to the other providers, or to the offline model when none is left.`
              }
              confirmLabel="Remove"
              onConfirm={async () => {
                await remove.mutateAsync({ workspaceSlug: workspace.slug, provider });
                toast.success(`Removed the ${name} ${provider === "compatible" ? "server" : "key"}`);
                await queryClient.invalidateQueries({ queryKey: trpc.models.overview.queryKey() });
              }}
            />
          ) : null}
        </CardFooter>
      ) : null}
    </Card>
  );
}

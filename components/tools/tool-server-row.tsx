"use client";

// One tool server: its name and preset, how it is reached, the names of its
// sealed secrets, how its last connection test went; testing it again, its
// tool list on demand, and deleting it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronDown, KeyRound, PlugZap, ShieldCheck, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TToolServer } from "@/server/services/tools/tool-views";

import { ServerToolList } from "./server-tool-list";

function launchLine(server: TToolServer): string {
  if (server.transport === "http") return server.url ?? "";
  return [server.command, ...server.args].filter(Boolean).join(" ");
}

function ServerStatus({ server }: { server: TToolServer }) {
  if (server.lastError) {
    return (
      <Badge variant="destructive" title={server.lastError}>
        Connection failed
      </Badge>
    );
  }
  if (server.tools && server.toolsFetchedAt) {
    return (
      <span className="flex items-center gap-1.5">
        <Badge variant="success">
          {server.tools.length} {server.tools.length === 1 ? "tool" : "tools"}
        </Badge>
        tested <RelativeTime date={server.toolsFetchedAt} />
      </span>
    );
  }
  return <Badge variant="secondary">Not tested yet</Badge>;
}

export function ToolServerRow({ server, canManage }: { server: TToolServer; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [showTools, setShowTools] = useState(false);
  const toolsId = useId();
  const presets = useQuery(trpc.tools.presets.queryOptions({ workspaceSlug: workspace.slug }));
  const presetLabel = server.preset === "custom" ? "Custom" : (presets.data?.find((p) => p.id === server.preset)?.label ?? server.preset);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tools.listServers.queryKey() });

  const test = useMutation(
    trpc.tools.testServer.mutationOptions({
      onSuccess: async (result) => {
        if (result.ok) {
          toast.success(`Connected to ${server.name}: ${result.server.tools?.length ?? 0} tools`);
          setShowTools(true);
        } else {
          toast.error(`Couldn't connect to ${server.name}`, { description: result.error });
        }
        await refresh();
      },
      onError: (error) => toast.error(`Couldn't test ${server.name}`, { description: errorMessage(error) }),
    }),
  );
  const remove = useMutation(trpc.tools.deleteServer.mutationOptions());

  return (
    <li className="grid">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3">
        <div className="grid min-w-0 flex-1 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-[13px] font-semibold">{server.name}</span>
            <Badge variant="outline">{presetLabel}</Badge>
            <Badge variant="secondary" className="font-normal">
              {server.transport}
            </Badge>
            {server.sandboxed ? (
              <Badge variant="info" title="Rooted at each run's working copy; the policy can limit the paths it touches.">
                <ShieldCheck aria-hidden />
                Run&apos;s working copy
              </Badge>
            ) : null}
          </div>
          <code className="truncate font-mono text-xs text-muted-foreground" title={launchLine(server)}>
            {launchLine(server)}
          </code>
          {server.secretNames.length > 0 ? (
            <ul className="flex flex-wrap gap-1" aria-label="Sealed secrets (values are never shown)">
              {server.secretNames.map((name) => (
                <li key={name}>
                  <Badge variant="outline" className="font-mono font-normal" title="Stored encrypted; the value is never shown again.">
                    <KeyRound aria-hidden />
                    {name}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="grid justify-items-end gap-1 text-[13px] text-muted-foreground">
          <ServerStatus server={server} />
          {server.lastError && server.toolsFetchedAt ? (
            <span>
              last good test <RelativeTime date={server.toolsFetchedAt} />
            </span>
          ) : null}
        </div>
        <div className="flex w-full items-center justify-end gap-1 sm:w-auto">
          {canManage ? (
            <Button variant="outline" size="sm" loading={test.isPending} onClick={() => test.mutate({ workspaceSlug: workspace.slug, serverId: server.id })}>
              <PlugZap aria-hidden />
              Test connection
            </Button>
          ) : null}
          {server.tools ? (
            <Button variant="outline" size="sm" onClick={() => setShowTools((s) => !s)} aria-expanded={showTools} aria-controls={toolsId}>
              Tools
              <ChevronDown aria-hidden className={cn("transition-transform", showTools && "rotate-180")} />
            </Button>
          ) : null}
          {canManage ? (
            <ConfirmDialog
              trigger={
                <Button variant="ghost" size="icon-sm" aria-label={`Delete tool server ${server.name}`}>
                  <Trash2 />
                </Button>
              }
              title={`Delete ${server.name}?`}
              description="Agents lose its tools at once. If the policy still names this server, remove it there and save first."
              confirmLabel="Delete server"
              onConfirm={async () => {
                await remove.mutateAsync({ workspaceSlug: workspace.slug, serverId: server.id });
                toast.success(`Deleted ${server.name}`);
                await refresh();
              }}
            />
          ) : null}
        </div>
      </div>
      {server.lastError ? (
        <p role="status" className="mx-4 mb-3 rounded-md border border-destructive/25 bg-destructive/5 px-3 py-2 font-mono text-xs break-words whitespace-pre-wrap text-destructive">
          {server.lastError}
        </p>
      ) : null}
      {showTools && server.tools ? (
        <div id={toolsId} className="mx-4 mb-3 overflow-hidden rounded-lg border">
          <ServerToolList tools={server.tools} />
        </div>
      ) : null}
    </li>
  );
}

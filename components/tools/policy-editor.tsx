"use client";

// The tool policy, edited as a table and saved as a new version. Default deny:
// an agent may call only what a row allows. The edit remembers the version it
// started from; if someone saves in between, the save is refused and the
// editor says so, offering their version or a deliberate overwrite.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plug, Save, TriangleAlert } from "lucide-react";
import { useMemo, useState } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorCode, errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { displayName, useWorkspace } from "@/components/workspaces/workspace-context";
import type { TToolPolicy } from "@/server/tools/policy/policy-schema";

import { sameDocument } from "./policy-draft";
import { PolicyTable, type TPolicyAgent } from "./policy-table";
import { PolicyVersions } from "./policy-versions";
import { ALL_AGENTS } from "./tool-meta";

type TEdit = { base: number; doc: TToolPolicy };

function EditorSkeleton() {
  return (
    <div aria-busy className="grid gap-2">
      <span className="sr-only" role="status">
        Loading the policy…
      </span>
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} className="h-10 w-full" />
      ))}
    </div>
  );
}

export function PolicyEditor({ onShowServers }: { onShowServers: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace, can } = useWorkspace();
  const canManage = can("tools.manage");
  const policy = useQuery(trpc.tools.policy.queryOptions({ workspaceSlug: workspace.slug }));
  const servers = useQuery(trpc.tools.listServers.queryOptions({ workspaceSlug: workspace.slug }));
  const catalogue = useQuery(trpc.agent.list.queryOptions({ workspaceSlug: workspace.slug }));
  const [edit, setEdit] = useState<TEdit | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const doc = edit?.doc ?? policy.data?.document ?? null;
  const base = edit?.base ?? policy.data?.version ?? 0;
  const dirty = Boolean(edit && policy.data && !(edit.base === policy.data.version && sameDocument(edit.doc, policy.data.document)));
  // Seen on a refetch: someone saved after this edit started.
  const movedOn = Boolean(edit && policy.data && policy.data.version !== edit.base);
  const latest = policy.data;

  const savedDoc = policy.data?.document;
  const agents = useMemo<TPolicyAgent[]>(() => {
    const known = catalogue.data ?? [];
    // Ordered by the saved policy, not the draft, so a row does not jump away while it is being edited.
    const ruled = new Set(Object.keys(savedDoc?.agents ?? {}));
    const rows: TPolicyAgent[] = known.map((a) => ({ id: a.id, name: a.name, category: a.category }));
    // Rules for agents no longer in the catalogue (a deleted custom agent) stay visible and editable.
    const named = new Set([...ruled, ...Object.keys(doc?.agents ?? {})]);
    for (const id of named) if (id !== ALL_AGENTS && !rows.some((r) => r.id === id)) rows.push({ id, name: `${id} (not in the catalogue)`, category: null });
    rows.sort((a, b) => Number(ruled.has(b.id)) - Number(ruled.has(a.id)) || a.name.localeCompare(b.name));
    return [{ id: ALL_AGENTS, name: "All agents", category: null }, ...rows];
  }, [catalogue.data, savedDoc, doc]);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.tools.policy.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.tools.policyVersions.queryKey() }),
      // Operation overrides in the policy change how the servers' tools are classified.
      queryClient.invalidateQueries({ queryKey: trpc.tools.listServers.queryKey() }),
    ]);

  const save = useMutation(
    trpc.tools.savePolicy.mutationOptions({
      onSuccess: async (saved) => {
        setConflict(null);
        setSaveError(null);
        toast.success(saved.changed ? `Saved version ${saved.version} of the policy` : "Nothing changed: the policy is as saved");
        await refresh();
        setEdit(null);
      },
      onError: async (error) => {
        if (errorCode(error) === "CONFLICT") {
          setConflict(errorMessage(error));
          await queryClient.invalidateQueries({ queryKey: trpc.tools.policy.queryKey() });
        } else {
          setSaveError(errorMessage(error));
        }
      },
    }),
  );

  function change(next: TToolPolicy) {
    setSaveError(null);
    setEdit({ base, doc: next });
  }

  function submit(expectedVersion = base) {
    if (!doc) return;
    save.mutate({ workspaceSlug: workspace.slug, document: doc, expectedVersion });
  }

  function discard() {
    setEdit(null);
    setConflict(null);
    setSaveError(null);
  }

  let body;
  if (policy.isPending || servers.isPending || catalogue.isPending) {
    body = <EditorSkeleton />;
  } else if (policy.isError || servers.isError) {
    const failed = policy.isError ? policy : servers;
    body = <ErrorState title="Couldn't load the policy" message={errorMessage(failed.error)} onRetry={() => Promise.all([policy.refetch(), servers.refetch()])} />;
  } else if (servers.data.length === 0) {
    body = (
      <EmptyState
        icon={<Plug />}
        title="No tool servers to allow yet"
        description="The policy says which agent may use which tool of which server. Add a server first — the filesystem preset lets agents read and write the run's working copy."
        action={
          <Button variant="outline" onClick={onShowServers}>
            Go to Servers
          </Button>
        }
      />
    );
  } else if (doc) {
    const extraRules = Object.keys(doc.steps).length + Object.keys(doc.operationOverrides).length;
    body = (
      <div className="grid gap-4">
        {catalogue.isError ? <FormError message={`Couldn't load the agent catalogue (${errorMessage(catalogue.error)}); only agents with rules are shown.`} /> : null}
        {conflict || movedOn ? (
          <div role="alert" className="grid gap-2 rounded-lg border border-warning/30 bg-warning/5 px-4 py-3 text-sm">
            <p className="flex items-start gap-2 font-medium">
              <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
              {conflict ?? `Version ${latest?.version} was saved${latest?.createdBy ? ` by ${displayName(latest.createdBy)}` : ""} while you were editing version ${base}.`}
            </p>
            <div className="flex flex-wrap gap-2 pl-6">
              <Button size="sm" variant="outline" onClick={discard}>
                Discard my changes and show the latest version
              </Button>
              {canManage && latest ? (
                <Button size="sm" variant="ghost" loading={save.isPending} onClick={() => submit(latest.version)}>
                  Save mine over it
                </Button>
              ) : null}
            </div>
          </div>
        ) : null}
        <PolicyTable agents={agents} servers={servers.data} doc={doc} onChange={change} disabled={!canManage || save.isPending} />
        {extraRules > 0 ? (
          <p className="text-[13px] text-muted-foreground">
            This policy also has {Object.keys(doc.steps).length} step rules and {Object.keys(doc.operationOverrides).length} operation overrides, kept as they are; edit them through the API (PUT /api/v1/tools/policy).
          </p>
        ) : null}
        <FormError message={saveError} />
      </div>
    );
  }

  const current = latest;
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Policy{current ? ` · version ${current.version}` : ""}</CardTitle>
          <CardDescription>
            Default deny: an agent may call only the tools its row or the All agents row allows; its own row wins.{" "}
            {current?.createdAt ? (
              <>
                Saved {current.createdBy ? `by ${displayName(current.createdBy)} ` : ""}
                <RelativeTime date={current.createdAt} />.
              </>
            ) : (
              "Nothing saved yet, so no agent may use any tool."
            )}
          </CardDescription>
          {canManage && servers.data?.length ? (
            <CardAction className="flex gap-2">
              <Button variant="outline" disabled={!dirty || save.isPending} onClick={discard}>
                Discard
              </Button>
              <Button disabled={!dirty} loading={save.isPending} onClick={() => submit()}>
                <Save aria-hidden />
                Save as version {base + 1}
              </Button>
            </CardAction>
          ) : null}
        </CardHeader>
        <CardContent>{body}</CardContent>
      </Card>
      <PolicyVersions
        currentVersion={current?.version ?? 0}
        onLoad={
          canManage
            ? (version) => {
                setEdit({ base: current?.version ?? 0, doc: version.document });
                toast.info(`Loaded version ${version.version}; save to make it the current policy`);
              }
            : null
        }
      />
    </div>
  );
}

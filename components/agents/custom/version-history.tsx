"use client";

// A custom agent's version history: every published version (note, author,
// when), a From/To comparison kept in the URL (?from=1&to=2, defaulting to the
// previous and the latest version), and rolling back, which publishes an older
// version's content as the newest so the history stays append-only.
import { AgentLoadState } from "@/components/agents/agent-load-state";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowRight, GitCompare, Pencil, RotateCcw } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { displayName, useWorkspace } from "@/components/workspaces/workspace-context";
import type { listAgentVersions } from "@/server/services/custom-agents/list-agent-versions";

import type { TAgentDetail } from "../agent-types";
import { BuiltInNotice } from "./built-in-notice";
import { CustomAgentHeader } from "./custom-agent-header";
import { VersionDiff } from "./version-diff";

type TVersion = Awaited<ReturnType<typeof listAgentVersions>>[number];

function VersionRow({
  version,
  latest,
  compared,
  canEdit,
  onShowChanges,
  onRollBack,
}: {
  version: TVersion;
  latest: TVersion;
  compared: boolean;
  canEdit: boolean;
  onShowChanges: () => void;
  onRollBack: () => Promise<void>;
}) {
  const isLatest = version.version === latest.version;
  const sameAsLatest = !isLatest && version.contentHash === latest.contentHash;
  const titleId = `version-${version.version}-title`;
  const author = version.createdBy ? displayName(version.createdBy) : "A former member";

  return (
    <li aria-labelledby={titleId} className={cn("grid gap-1.5 px-5 py-3.5", compared && "bg-accent/50")}>
      <div className="flex items-center gap-2">
        <h3 id={titleId} className="text-sm font-semibold tabular-nums">
          Version {version.version}
        </h3>
        {isLatest ? <Badge variant="success">Latest</Badge> : null}
        {sameAsLatest ? (
          <Badge variant="outline" className="font-normal text-muted-foreground" title="Its content is identical to the latest version.">
            Same as latest
          </Badge>
        ) : null}
        <RelativeTime date={version.createdAt} className="ml-auto shrink-0 text-xs text-muted-foreground" />
      </div>
      <p className="text-sm text-pretty">{version.note || <span className="text-muted-foreground italic">No note</span>}</p>
      <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <Avatar name={version.createdBy?.name} email={version.createdBy?.email} size="xs" aria-hidden />
        {author}
      </p>
      <div className="flex flex-wrap gap-2 pt-1.5">
        {version.version > 1 ? (
          <Button size="sm" variant="ghost" className="-ml-2" onClick={onShowChanges}>
            <GitCompare aria-hidden />
            Show changes
          </Button>
        ) : null}
        {!isLatest && canEdit ? (
          <ConfirmDialog
            trigger={
              <Button size="sm" variant="outline" disabled={sameAsLatest} title={sameAsLatest ? "The latest version already has this content." : undefined}>
                <RotateCcw aria-hidden />
                Roll back to this version
              </Button>
            }
            variant="default"
            title={`Roll back to version ${version.version}?`}
            description={`This publishes the content of version ${version.version} as a new version, ${latest.version + 1}, which runs will use from then on. Nothing in the history is deleted: you can roll forward again the same way.`}
            confirmLabel="Roll back"
            onConfirm={onRollBack}
          />
        ) : null}
      </div>
    </li>
  );
}

function HistorySkeleton() {
  return (
    <div aria-busy className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
      <span className="sr-only" role="status">
        Loading versions…
      </span>
      <Skeleton className="h-96 rounded-xl" />
      <Skeleton className="h-96 rounded-xl" />
    </div>
  );
}

/** A version number from the URL, if it names one that exists. */
function versionParam(value: string | null, versions: TVersion[]): number | null {
  const n = Number(value);
  return Number.isInteger(n) && versions.some((v) => v.version === n) ? n : null;
}

export function VersionHistory({
  agentId,
  initialAgent,
  initialVersions,
}: {
  agentId: string;
  initialAgent?: TAgentDetail;
  initialVersions?: TVersion[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { workspace, can } = useWorkspace();
  const agentQuery = useQuery({ ...trpc.agent.get.queryOptions({ workspaceSlug: workspace.slug, agentId }), initialData: initialAgent });
  const isCustom = Boolean(agentQuery.data?.custom);
  const versionsQuery = useQuery({
    ...trpc.agent.versions.queryOptions({ workspaceSlug: workspace.slug, key: agentId }),
    enabled: isCustom,
    initialData: initialVersions,
  });
  const rollback = useMutation(trpc.agent.rollback.mutationOptions());
  const catalogueHref = `/${workspace.slug}/agents`;
  const canEdit = can("agent.edit");

  function compare(from: number | null, to: number | null) {
    const params = new URLSearchParams(searchParams.toString());
    for (const [key, value] of [["from", from], ["to", to]] as const) {
      if (value === null) params.delete(key);
      else params.set(key, String(value));
    }
    const search = params.toString();
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  }

  async function rollBack(version: number) {
    const created = await rollback.mutateAsync({ workspaceSlug: workspace.slug, key: agentId, version });
    toast.success(`Rolled back: published version ${created.version}`, { description: `It has the content of version ${version}.` });
    // Back to the default comparison, which now shows what the rollback changed.
    compare(null, null);
    await queryClient.invalidateQueries({ queryKey: trpc.agent.pathKey() });
  }

  if (!agentQuery.data) return <AgentLoadState query={agentQuery} catalogueHref={catalogueHref} loading={<HistorySkeleton />} />;

  const agent = agentQuery.data;
  const header = (
    <CustomAgentHeader
      workspaceSlug={workspace.slug}
      agent={agent}
      page="Versions"
      title="Version history"
      actions={
        agent.custom && canEdit ? (
          <Button asChild>
            <Link href={`${catalogueHref}/${agent.id}/edit`}>
              <Pencil aria-hidden />
              Edit agent
            </Link>
          </Button>
        ) : null
      }
    />
  );

  if (!agent.custom) {
    return (
      <>
        {header}
        <BuiltInNotice agent={agent} purpose="versions" />
      </>
    );
  }
  if (!versionsQuery.data) {
    return (
      <>
        {header}
        {versionsQuery.isError ? (
          <ErrorState title="Couldn't load the versions" message={errorMessage(versionsQuery.error)} onRetry={() => versionsQuery.refetch()} />
        ) : (
          <HistorySkeleton />
        )}
      </>
    );
  }

  const versions = versionsQuery.data;
  const latest = versions[0]!;
  const to = versionParam(searchParams.get("to"), versions) ?? latest.version;
  const from = versionParam(searchParams.get("from"), versions) ?? versions.find((v) => v.version < to)?.version ?? to;

  const versionSelect = (label: "From" | "To", value: number, onChange: (v: number) => void) => (
    <Field label={label} className="min-w-40 flex-1 sm:flex-none">
      {(control) => (
        <Select value={String(value)} onValueChange={(next) => onChange(Number(next))}>
          <SelectTrigger {...control} className="sm:w-52">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {versions.map((v) => (
              <SelectItem key={v.version} value={String(v.version)}>
                {v.version === latest.version ? `Version ${v.version} (latest)` : `Version ${v.version}`}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      )}
    </Field>
  );

  return (
    <>
      {header}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] lg:items-start">
        <Card className="gap-0 overflow-hidden pb-0">
          <CardHeader className="border-b pb-4">
            <CardTitle>Versions</CardTitle>
            <CardDescription>
              {versions.length} published, newest first. Versions never change; rolling back publishes an old one again.
            </CardDescription>
          </CardHeader>
          <ol className="divide-y" aria-label="Published versions">
            {versions.map((version) => (
              <VersionRow
                key={version.version}
                version={version}
                latest={latest}
                compared={versions.length > 1 && (version.version === from || version.version === to)}
                canEdit={canEdit}
                onShowChanges={() => compare(version.version - 1, version.version)}
                onRollBack={() => rollBack(version.version)}
              />
            ))}
          </ol>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Compare versions</CardTitle>
            <CardDescription>What changed from one version to another: added lines in green, removed lines in red.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-5">
            {versions.length < 2 ? (
              <EmptyState
                icon={<GitCompare />}
                title="Only one version so far"
                description="Publish a change to see a diff."
                action={
                  canEdit ? (
                    <Button asChild variant="outline">
                      <Link href={`${catalogueHref}/${agent.id}/edit`}>Open the editor</Link>
                    </Button>
                  ) : null
                }
              />
            ) : (
              <>
                <div className="flex flex-wrap items-end gap-3">
                  {versionSelect("From", from, (v) => compare(v, to))}
                  <ArrowRight className="mb-2.5 hidden size-4 text-muted-foreground sm:block" aria-hidden />
                  {versionSelect("To", to, (v) => compare(from, v))}
                </div>
                <VersionDiff workspaceSlug={workspace.slug} agentKey={agent.id} from={from} to={to} />
              </>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}

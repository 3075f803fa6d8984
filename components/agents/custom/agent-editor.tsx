"use client";

// The custom agent editor. Loads the latest published version into a draft;
// metadata on the left, the eight prompt sections on the right; publishing
// makes the draft the next immutable version. A built-in gets an explanation
// and a Fork button instead; a role without agent.edit gets a read-only view.
import { AgentLoadState } from "@/components/agents/agent-load-state";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Eye, History, Info } from "lucide-react";
import Link from "next/link";
import { useMemo, useState, type FormEvent } from "react";
import { toast } from "sonner";

import { roleLabels } from "@/components/members/roles";
import { useTRPC } from "@/components/providers/trpc";
import { errorCode, errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TAgentDefinitionBody } from "@/server/agents/definition-schema";

import type { TAgentDetail } from "../agent-types";
import {
  draftFromBody,
  fieldOfServerError,
  firstError,
  sameDefinition,
  validateDraft,
  type TAgentDraft,
  type TDraftErrors,
} from "./agent-draft";
import { BuiltInNotice } from "./built-in-notice";
import { CustomAgentHeader } from "./custom-agent-header";
import { ConnectionsCard, DetailsCard, ToolsCard } from "./metadata-fields";
import { PublishBar } from "./publish-bar";
import { PublishedPreview } from "./published-preview";
import { SectionsCard } from "./section-fields";
import { useUnsavedChangesWarning } from "./use-unsaved-changes";

function EditorSkeleton() {
  return (
    <div aria-busy className="grid gap-6 xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <span className="sr-only" role="status">
        Loading the latest version…
      </span>
      <div className="grid content-start gap-6">
        <Skeleton className="h-96 rounded-xl" />
        <Skeleton className="h-72 rounded-xl" />
      </div>
      <Skeleton className="h-[40rem] rounded-xl" />
    </div>
  );
}

/** Drop the messages of the fields a change touched (and the form-level one). */
function clearTouched(errors: TDraftErrors, patch: Partial<TAgentDraft>): TDraftErrors {
  const touched = Object.keys(patch);
  const next: TDraftErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field === "form" || touched.some((key) => field === key || field.startsWith(`${key}.`))) continue;
    next[field] = message;
  }
  return next;
}

function EditorForm({
  agent,
  body,
  version,
  latestVersion,
  canEdit,
  onPin,
}: {
  agent: TAgentDetail;
  body: TAgentDefinitionBody;
  /** The version the draft started from. */
  version: number;
  /** The latest published version; newer than `version` when someone published meanwhile. */
  latestVersion: number;
  canEdit: boolean;
  /** Keep editing this version even if a newer one appears (null: follow the latest). */
  onPin: (version: number | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const initial = useMemo(() => draftFromBody(body), [body]);
  const [draft, setDraft] = useState(initial);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<TDraftErrors>({});
  const dirty = !sameDefinition(draft, initial);
  useUnsavedChangesWarning(canEdit && dirty);

  const agents = useQuery(trpc.agent.list.queryOptions({ workspaceSlug: workspace.slug }));
  const selfId = agent.id;
  const { deliverableOptions, agentOptions } = useMemo(() => {
    const producers = new Map<string, string[]>();
    for (const other of agents.data ?? []) {
      if (other.id === selfId) continue;
      for (const output of other.outputs) producers.set(output.type, [...(producers.get(output.type) ?? []), other.name]);
    }
    return {
      deliverableOptions: [...producers.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, names]) => ({ value: type, label: `From ${names.join(", ")}`, hint: names.join(", ") })),
      agentOptions: (agents.data ?? [])
        .filter((other) => other.id !== selfId)
        .map((other) => ({ value: other.id, label: other.name, hint: other.name })),
    };
  }, [agents.data, selfId]);

  const publish = useMutation(trpc.agent.publish.mutationOptions());

  function change(patch: Partial<TAgentDraft>) {
    // Once edited, a version published meanwhile must not replace the draft.
    onPin(version);
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => clearTouched(current, patch));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!canEdit || publish.isPending) return;
    const { input, errors: found } = validateDraft(draft, agent.id, note);
    setErrors(found);
    if (!input) return;
    publish.mutate(
      { workspaceSlug: workspace.slug, ...input },
      {
        onSuccess: async (created) => {
          // The editor reopens on the new version straight from the cache.
          queryClient.setQueryData(trpc.agent.version.queryKey({ workspaceSlug: workspace.slug, key: agent.id, version: created.version }), {
            id: agent.id,
            ...input.definition,
          });
          toast.success(`Published version ${created.version}`);
          onPin(null);
          await queryClient.invalidateQueries({ queryKey: trpc.agent.pathKey() });
        },
        // The bar shows why, with a way to the field; a toast would cover it.
        onError: (error) => {
          const message = errorMessage(error);
          if (errorCode(error) === "BAD_REQUEST") {
            const located = fieldOfServerError(message);
            setErrors({ [located.field]: located.message });
          } else {
            setErrors({ form: message });
          }
        },
      },
    );
  }

  const problem = firstError(errors);
  const problems = Object.values(errors).filter(Boolean).length;
  const readOnly = !canEdit;
  const metadata = { draft, onChange: change, errors, disabled: readOnly || publish.isPending, readOnly, deliverableOptions, agentOptions };

  return (
    <>
      {canEdit ? null : (
        <p className="mb-6 flex items-start gap-2 rounded-md border bg-muted/50 px-3 py-2 text-[13px] text-muted-foreground">
          <Info className="mt-0.5 size-3.5 shrink-0" aria-hidden />
          <span>
            Your role ({roleLabels[workspace.role]}) can read this agent but not change it. Ask someone who can edit agents to publish
            a new version.
          </span>
        </p>
      )}
      {canEdit ? (
        // Only the bar is a form: Enter in the version note publishes, Enter elsewhere never does.
        <form onSubmit={submit} noValidate aria-label="Publish" className="z-20 mb-6 sm:sticky sm:top-[3.75rem]">
          <PublishBar
            version={version}
            dirty={dirty}
            note={note}
            onNoteChange={(next) => {
              setNote(next);
              setErrors(({ note: _note, form: _form, ...rest }) => rest);
            }}
            noteError={errors.note}
            problem={problem}
            moreProblems={Math.max(0, problems - 1)}
            pending={publish.isPending}
            onDiscard={() => {
              setDraft(initial);
              setNote("");
              setErrors({});
              onPin(null);
            }}
          />
        </form>
      ) : null}
      {latestVersion > version ? (
        <div
          role="status"
          className="mb-6 flex flex-col gap-3 rounded-lg border border-warning/30 bg-warning/10 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
        >
          <p className="flex items-start gap-2 text-sm">
            <Info className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
            <span>
              <span className="font-medium">Version {latestVersion} was published while you were editing version {version}.</span>{" "}
              <span className="text-muted-foreground">Publishing now replaces it with your draft; loading it discards your edits.</span>
            </span>
          </p>
          <div className="flex shrink-0 gap-2">
            <Button asChild size="sm" variant="outline">
              <Link href={`/${workspace.slug}/agents/${agent.id}/versions?from=${version}&to=${latestVersion}`} target="_blank">
                Compare
              </Link>
            </Button>
            <Button size="sm" variant="outline" onClick={() => onPin(null)}>
              Load version {latestVersion}
            </Button>
          </div>
        </div>
      ) : null}
      {/* Below xl the left column dissolves (contents) so the preview can move after the prompt sections. */}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] xl:items-start">
        <div className="contents xl:grid xl:min-w-0 xl:content-start xl:gap-6">
          <DetailsCard {...metadata} />
          <ConnectionsCard {...metadata} />
          <ToolsCard {...metadata} />
          <div className="order-last min-w-0 xl:order-none">
            <PublishedPreview agent={agent} version={latestVersion} dirty={dirty || latestVersion !== version} />
          </div>
        </div>
        <div className="min-w-0">
          <SectionsCard draft={draft} onChange={change} errors={errors} disabled={publish.isPending} readOnly={readOnly} />
        </div>
      </div>
    </>
  );
}

export function AgentEditor({
  agentId,
  initialAgent,
  initialBody,
}: {
  agentId: string;
  initialAgent?: TAgentDetail;
  /** The latest version's body, when the server already loaded it. */
  initialBody?: { version: number; body: TAgentDefinitionBody };
}) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const agentQuery = useQuery({ ...trpc.agent.get.queryOptions({ workspaceSlug: workspace.slug, agentId }), initialData: initialAgent });
  const latestVersion = agentQuery.data?.custom?.version ?? 0;
  const [pinned, setPinned] = useState<number | null>(null);
  const version = pinned ?? latestVersion;
  const bodyQuery = useQuery({
    ...trpc.agent.version.queryOptions({ workspaceSlug: workspace.slug, key: agentId, version }),
    enabled: version > 0,
    initialData: initialBody && initialBody.version === version ? initialBody.body : undefined,
  });
  const catalogueHref = `/${workspace.slug}/agents`;

  if (!agentQuery.data) return <AgentLoadState query={agentQuery} catalogueHref={catalogueHref} loading={<EditorSkeleton />} />;

  const agent = agentQuery.data;
  const canEdit = can("agent.edit");
  const header = (
    <CustomAgentHeader
      workspaceSlug={workspace.slug}
      agent={agent}
      page="Edit"
      title={agent.custom ? (canEdit ? `Edit ${agent.name}` : agent.name) : agent.name}
      actions={
        agent.custom ? (
          <>
            <Button asChild variant="outline">
              <Link href={`${catalogueHref}/${agent.id}/versions`}>
                <History aria-hidden />
                Version history
              </Link>
            </Button>
            <Button asChild variant="outline">
              <a href="#preview">
                <Eye aria-hidden />
                Preview
              </a>
            </Button>
          </>
        ) : null
      }
    />
  );

  if (!agent.custom) {
    return (
      <>
        {header}
        <BuiltInNotice agent={agent} purpose="edit" />
      </>
    );
  }

  let body;
  if (bodyQuery.data) {
    body = (
      <EditorForm
        key={version}
        agent={agent}
        body={bodyQuery.data}
        version={version}
        latestVersion={latestVersion}
        canEdit={canEdit}
        onPin={setPinned}
      />
    );
  } else if (bodyQuery.isError) {
    body = (
      <ErrorState title={`Couldn't load version ${version}`} message={errorMessage(bodyQuery.error)} onRetry={() => bodyQuery.refetch()} />
    );
  } else {
    body = <EditorSkeleton />;
  }

  return (
    <>
      {header}
      {body}
    </>
  );
}

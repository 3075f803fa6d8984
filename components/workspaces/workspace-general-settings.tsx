"use client";

// Settings → General: the workspace's name and address, leaving it, and deleting it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { toast } from "sonner";

import { roleLabels } from "@/components/members/roles";
import { useTRPC } from "@/components/providers/trpc";
import { CopyButton } from "@/components/shell/copy-button";
import { DangerRow, DangerZone } from "@/components/shell/danger-zone";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ZWorkspaceName } from "@/server/services/workspaces/schemas";

import { useWorkspace } from "./workspace-context";

const noSubscribe = () => () => {};

/** The site's origin in the browser; empty during the server render. */
function useOrigin(): string {
  return useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
}

function NameCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace, can } = useWorkspace();
  const canRename = can("workspace.update");
  const [name, setName] = useState(workspace.name);
  const [error, setError] = useState<string>();
  const dirty = name.trim() !== workspace.name;

  const rename = useMutation(
    trpc.workspace.rename.mutationOptions({
      onSuccess: (saved) => {
        toast.success(`Renamed to ${saved.name}`);
        setName(saved.name);
        void queryClient.invalidateQueries({ queryKey: trpc.workspace.list.queryKey() });
        router.refresh(); // the sidebar and page titles come from the server layout
      },
      onError: (err) => {
        const message = fieldErrorsOf(err).name ?? errorMessage(err);
        setError(message);
        toast.error("Couldn't rename the workspace", { description: message });
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZWorkspaceName.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    rename.mutate({ workspaceSlug: workspace.slug, name: parsed.data });
  }

  return (
    <Card>
      <form onSubmit={submit} noValidate className="contents">
        <CardHeader>
          <CardTitle>Workspace name</CardTitle>
          <CardDescription>How the workspace appears to its members and in the workspace switcher.</CardDescription>
        </CardHeader>
        <CardContent>
          <Field
            label="Workspace name"
            hideLabel
            error={error}
            description={canRename ? undefined : `Your role (${roleLabels[workspace.role]}) can't rename the workspace.`}
          >
            <Input
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setError(undefined);
              }}
              maxLength={64}
              autoComplete="off"
              disabled={!canRename || rename.isPending}
              className="max-w-md"
            />
          </Field>
        </CardContent>
        {canRename ? (
          <CardFooter className="justify-between gap-4 border-t">
            <p className="text-[13px] text-muted-foreground">2 to 64 characters.</p>
            <Button type="submit" loading={rename.isPending} disabled={!dirty}>
              Save
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}

function AddressCard() {
  const { workspace } = useWorkspace();
  const origin = useOrigin();
  const url = `${origin}/${workspace.slug}`;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Workspace URL</CardTitle>
        <CardDescription>
          Renaming the workspace keeps this address, so links people shared keep working.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <div className="flex max-w-md gap-2">
          <Input value={url} readOnly aria-label="Workspace URL" className="font-mono text-[13px]" onFocus={(e) => e.currentTarget.select()} />
          <CopyButton value={url} label="Copy workspace URL" successMessage="Workspace URL copied" />
        </div>
        <p className="mt-2 text-[13px] text-muted-foreground">
          Slug: <code className="rounded bg-muted px-1 py-0.5 font-mono text-xs text-foreground">{workspace.slug}</code>
        </p>
      </CardContent>
    </Card>
  );
}

function WorkspaceDangerZone() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace, can } = useWorkspace();
  const canDelete = can("workspace.delete");
  const leave = useMutation(trpc.member.leave.mutationOptions());
  const remove = useMutation(trpc.workspace.delete.mutationOptions());

  // "/" opens the next workspace the user belongs to, or "Create a workspace".
  function goHome() {
    router.push("/");
    void queryClient.invalidateQueries({ queryKey: trpc.workspace.list.queryKey() });
  }

  return (
    <DangerZone>
      <DangerRow
        title="Leave workspace"
        description="You'll lose access to its projects and runs until someone invites you again."
        action={
          <ConfirmDialog
            trigger={<Button variant="outline">Leave workspace</Button>}
            title={`Leave ${workspace.name}?`}
            description="You'll lose access right away. To come back, someone in the workspace will have to invite you again."
            confirmLabel="Leave workspace"
            onConfirm={async () => {
              await leave.mutateAsync({ workspaceSlug: workspace.slug });
              toast.success(`You left ${workspace.name}`);
              goHome();
            }}
          />
        }
      />
      <DangerRow
        title="Delete workspace"
        description={
          <>
            Permanently delete {workspace.name} with all its projects, runs, members and invitations. This can&apos;t be
            undone.
            {canDelete ? null : (
              <span className="mt-1 block text-xs">Your role ({roleLabels[workspace.role]}) can&apos;t delete the workspace.</span>
            )}
          </>
        }
        action={
          canDelete ? (
            <ConfirmDialog
              trigger={<Button variant="destructive">Delete workspace</Button>}
              title={`Delete ${workspace.name}?`}
              description="Every project, run, deliverable, member and invitation in this workspace will be deleted for everyone. This can't be undone."
              confirmText={workspace.name}
              confirmLabel="Delete workspace"
              onConfirm={async () => {
                await remove.mutateAsync({ workspaceSlug: workspace.slug, confirmName: workspace.name });
                toast.success(`Deleted ${workspace.name}`);
                goHome();
              }}
            />
          ) : (
            <Button variant="destructive" disabled>
              Delete workspace
            </Button>
          )
        }
      />
    </DangerZone>
  );
}

export function WorkspaceGeneralSettings() {
  return (
    <div className="grid max-w-3xl grid-cols-1 gap-6">
      <NameCard />
      <AddressCard />
      <WorkspaceDangerZone />
    </div>
  );
}

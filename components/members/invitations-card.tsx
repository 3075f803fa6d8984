"use client";

// Pending invitations: which links are still out there, for which role, until
// when, and revoking one so it stops working.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link2, Mail } from "lucide-react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { InviteDialog } from "./invite-dialog";
import { roleLabels } from "./roles";

export function InvitationsCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace, can } = useWorkspace();
  const invitations = useQuery(trpc.invitation.list.queryOptions({ workspaceSlug: workspace.slug }));
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions());

  let body;
  if (invitations.isPending) {
    body = (
      <ul aria-busy className="grid gap-3">
        <li className="sr-only" role="status">
          Loading invitations…
        </li>
        {[0, 1].map((i) => (
          <li key={i} className="flex items-center gap-3">
            <Skeleton className="size-8 rounded-md" />
            <div className="grid flex-1 gap-1.5">
              <Skeleton className="h-4 w-48" />
              <Skeleton className="h-3 w-64" />
            </div>
          </li>
        ))}
      </ul>
    );
  } else if (invitations.isError) {
    body = (
      <ErrorState
        className="min-h-40"
        title="Couldn't load invitations"
        message={errorMessage(invitations.error)}
        onRetry={() => invitations.refetch()}
      />
    );
  } else if (invitations.data.length === 0) {
    body = (
      <p className="rounded-lg border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
        No pending invitations. Links you create show up here until they&apos;re used, revoked or expire.
      </p>
    );
  } else {
    body = (
      <ul className="divide-y rounded-lg border">
        {invitations.data.map((invitation) => {
          const inviter = invitation.invitedBy.name?.trim() || invitation.invitedBy.email;
          const target = invitation.email ?? "Anyone with the link";
          const revocable = invitation.role !== "owner" || can("member.manageOwners");
          return (
            <li key={invitation.id} className="flex items-center gap-3 px-4 py-3">
              <span
                aria-hidden
                className="flex size-8 shrink-0 items-center justify-center rounded-md border bg-muted/50 text-muted-foreground"
              >
                {invitation.email ? <Mail className="size-4" /> : <Link2 className="size-4" />}
              </span>
              <div className="grid min-w-0 flex-1 gap-0.5">
                <span className="flex items-center gap-2 text-sm font-medium">
                  <span className="truncate">{target}</span>
                  <Badge variant="secondary" className="font-normal">
                    {roleLabels[invitation.role]}
                  </Badge>
                </span>
                <span className="truncate text-[13px] text-muted-foreground">
                  Invited by {inviter} <RelativeTime date={invitation.createdAt} /> · expires{" "}
                  <RelativeTime date={invitation.expiresAt} />
                </span>
              </div>
              {revocable ? (
                <ConfirmDialog
                  trigger={
                    <Button variant="ghost" size="sm" aria-label={`Revoke invitation for ${target}`}>
                      Revoke
                    </Button>
                  }
                  title="Revoke this invitation?"
                  description={`The link for ${invitation.email ?? "anyone with the link"} (${roleLabels[invitation.role].toLowerCase()}) will stop working. People who already joined keep their access.`}
                  confirmLabel="Revoke invitation"
                  onConfirm={async () => {
                    await revoke.mutateAsync({ workspaceSlug: workspace.slug, invitationId: invitation.id });
                    toast.success("Invitation revoked");
                    await queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Invitations</CardTitle>
        <CardDescription>Invite links work once and expire after 7 days.</CardDescription>
        <CardAction>
          <InviteDialog />
        </CardAction>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}

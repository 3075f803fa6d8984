"use client";

// The people in the workspace: who they are, their role (editable with
// "member.update"), when they joined, and removing them (with "member.remove").
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { UserMinus, Users } from "lucide-react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { displayName, useWorkspace } from "@/components/workspaces/workspace-context";
import type { TRole } from "@/server/auth/permissions";
import type { TMember } from "@/server/services/members/list-members";

import { RoleSelect } from "./role-select";
import { roleLabels, withArticle } from "./roles";

function RoleCell({ member, isYou }: { member: TMember; isYou: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace, can } = useWorkspace();
  const name = displayName(member);

  const change = useMutation(
    trpc.member.changeRole.mutationOptions({
      onSuccess: (_, input) => {
        void queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey() });
        const previous = member.role;
        toast.success(`${name} is now ${withArticle(input.role)}`, {
          action: {
            label: "Undo",
            onClick: () => {
              change.mutate({ workspaceSlug: workspace.slug, membershipId: member.membershipId, role: previous });
            },
          },
        });
      },
      onError: (error) => toast.error(`Couldn't change ${name}'s role`, { description: errorMessage(error) }),
    }),
  );

  // Owners can only be changed by someone who may manage owners; your own role by someone else.
  const editable = can("member.update") && !isYou && (member.role !== "owner" || can("member.manageOwners"));
  if (!editable) {
    return (
      <Badge variant="secondary" className="font-normal">
        {roleLabels[member.role]}
      </Badge>
    );
  }
  return (
    <RoleSelect
      value={change.isPending && change.variables ? change.variables.role : member.role}
      onChange={(role: TRole) => {
        if (role !== member.role) change.mutate({ workspaceSlug: workspace.slug, membershipId: member.membershipId, role });
      }}
      disabled={change.isPending}
      triggerProps={{ size: "sm", className: "w-28 sm:w-32", "aria-label": `Role of ${name}` }}
    />
  );
}

function RemoveMember({ member }: { member: TMember }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const remove = useMutation(trpc.member.remove.mutationOptions());
  const name = displayName(member);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="icon-sm" aria-label={`Remove ${name}`} title={`Remove ${name}`}>
          <UserMinus aria-hidden />
        </Button>
      }
      title={`Remove ${name}?`}
      description={`${name} (${member.email}) will lose access to ${workspace.name} right away. You can invite them again later.`}
      confirmLabel="Remove member"
      onConfirm={async () => {
        await remove.mutateAsync({ workspaceSlug: workspace.slug, membershipId: member.membershipId });
        toast.success(`Removed ${name} from ${workspace.name}`);
        await queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.workspace.list.queryKey() });
      }}
    />
  );
}

function MemberRowsSkeleton() {
  return (
    <>
      {[0, 1, 2].map((i) => (
        <tr key={i}>
          <td className="py-3 pr-4">
            <div className="flex items-center gap-3">
              <Skeleton className="size-8 rounded-full" />
              <div className="grid gap-1.5">
                <Skeleton className="h-4 w-32" />
                <Skeleton className="h-3 w-44" />
              </div>
            </div>
          </td>
          <td className="py-3 pr-4">
            <Skeleton className="h-8 w-28" />
          </td>
          <td className="py-3 pr-4 max-md:hidden">
            <Skeleton className="h-4 w-24" />
          </td>
          <td />
        </tr>
      ))}
    </>
  );
}

export function MembersCard() {
  const trpc = useTRPC();
  const { workspace, user, can } = useWorkspace();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceSlug: workspace.slug }));
  const canRemove = can("member.remove");

  let body;
  if (members.isError) {
    body = <ErrorState title="Couldn't load members" message={errorMessage(members.error)} onRetry={() => members.refetch()} />;
  } else if (members.data?.length === 0) {
    body = <EmptyState icon={<Users />} title="No members" description="Nobody has access to this workspace." />;
  } else {
    body = (
      <div className="-mx-5 overflow-x-auto px-5">
        <table className="w-full text-sm">
          <caption className="sr-only">Members of {workspace.name}</caption>
          <thead>
            <tr className="border-b text-left text-xs text-muted-foreground">
              <th scope="col" className="w-full max-w-0 pr-4 pb-2 font-medium">
                Member
              </th>
              <th scope="col" className="pr-4 pb-2 font-medium">
                Role
              </th>
              <th scope="col" className="pr-4 pb-2 font-medium max-md:hidden">
                Joined
              </th>
              <th scope="col" className="pb-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y" aria-busy={members.isPending || undefined}>
            {members.isPending ? (
              <MemberRowsSkeleton />
            ) : (
              members.data.map((member) => {
                const isYou = member.userId === user.id;
                const removable = canRemove && !isYou && (member.role !== "owner" || can("member.manageOwners"));
                return (
                  <tr key={member.membershipId}>
                    <td className="w-full max-w-0 py-3 pr-4">
                      <div className="flex min-w-0 items-center gap-3">
                        <Avatar name={member.name} email={member.email} aria-hidden />
                        <div className="grid min-w-0">
                          <span className="flex items-center gap-2 font-medium">
                            <span className="truncate">{displayName(member)}</span>
                            {isYou ? (
                              <Badge variant="outline" className="font-normal text-muted-foreground">
                                You
                              </Badge>
                            ) : null}
                          </span>
                          <span className="truncate text-[13px] text-muted-foreground">{member.email}</span>
                        </div>
                      </div>
                    </td>
                    <td className="py-3 pr-4 whitespace-nowrap">
                      <RoleCell member={member} isYou={isYou} />
                    </td>
                    <td className="py-3 pr-4 whitespace-nowrap text-muted-foreground max-md:hidden">
                      <RelativeTime date={member.joinedAt} />
                    </td>
                    <td className="py-3 text-right">{removable ? <RemoveMember member={member} /> : null}</td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Members</CardTitle>
        <CardDescription>
          {members.data
            ? `${members.data.length} ${members.data.length === 1 ? "person has" : "people have"} access to ${workspace.name}.`
            : `People with access to ${workspace.name}.`}
        </CardDescription>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}

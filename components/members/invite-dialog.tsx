"use client";

// "Invite people": choose a role (and optionally who may use the link), create
// the link, and show it once with a copy button. Only a hash is stored, so this
// dialog is the one chance to copy it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, UserPlus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { CopyButton } from "@/components/shell/copy-button";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { formatDateTime, formatRelativeTime } from "@/components/shell/relative-time";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogDoneFooter,
  DialogFormFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TRole } from "@/server/auth/permissions";
import { ZEmail } from "@/server/services/users/schemas";

import { RoleSelect } from "./role-select";
import { roleDescriptions, withArticle } from "./roles";

type TCreated = { link: string; role: TRole; email: string | null; expiresAt: Date };

export function InviteDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<TRole>("member");
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string>();
  const [created, setCreated] = useState<TCreated | null>(null);

  const create = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: ({ invitation, path }) => {
        setCreated({
          link: window.location.origin + path,
          role: invitation.role,
          email: invitation.email,
          expiresAt: invitation.expiresAt,
        });
        void queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
      },
      onError: (error) => {
        const message = fieldErrorsOf(error).email ?? errorMessage(error);
        if (fieldErrorsOf(error).email) setEmailError(message);
        toast.error("Couldn't create the invite link", { description: message });
      },
    }),
  );

  function reset() {
    setRole("member");
    setEmail("");
    setEmailError(undefined);
    setCreated(null);
    create.reset();
  }

  function changeOpen(next: boolean) {
    if (create.isPending) return;
    setOpen(next);
    if (!next) reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = email.trim();
    let parsedEmail: string | undefined;
    if (trimmed) {
      const parsed = ZEmail.safeParse(trimmed);
      if (!parsed.success) {
        setEmailError(parsed.error.issues[0]?.message ?? "Enter a valid email address.");
        return;
      }
      parsedEmail = parsed.data;
    }
    create.mutate({ workspaceSlug: workspace.slug, role, email: parsedEmail });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Invite people
        </Button>
      </DialogTrigger>
      <DialogContent
        // Once the link exists, an accidental outside click must not throw it away.
        onInteractOutside={(event) => {
          if (created) event.preventDefault();
        }}
      >
        {created ? (
          <div className="grid gap-5">
            <DialogHeader>
              <DialogTitle>Invite link ready</DialogTitle>
              <DialogDescription>
                Send this link to {created.email ?? "the person you're inviting"}. They&apos;ll join {workspace.name} as{" "}
                {withArticle(created.role)}.
              </DialogDescription>
            </DialogHeader>
            <Field label="Invite link" description={`Expires ${formatRelativeTime(created.expiresAt)} (${formatDateTime(created.expiresAt)}). Works once.`}>
              {(control) => (
                <div className="flex gap-2">
                  <Input
                    {...control}
                    value={created.link}
                    readOnly
                    className="font-mono text-[13px]"
                    onFocus={(event) => event.currentTarget.select()}
                  />
                  <CopyButton value={created.link} label="Copy" successMessage="Invite link copied" showLabel autoFocus />
                </div>
              )}
            </Field>
            <p className="flex items-start gap-2 rounded-md border border-warning/30 bg-warning/10 px-3 py-2 text-[13px]">
              <CircleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
              <span>
                Copy it now: for security we only keep a fingerprint of the link, so it can&apos;t be shown again. You can
                revoke it from the list of pending invitations.
              </span>
            </p>
            <DialogDoneFooter>
              <Button variant="outline" onClick={() => setCreated(null)}>
                Create another
              </Button>
            </DialogDoneFooter>
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="grid gap-5">
            <DialogHeader>
              <DialogTitle>Invite people to {workspace.name}</DialogTitle>
              <DialogDescription>Create a link that adds whoever opens it to this workspace with the role you choose.</DialogDescription>
            </DialogHeader>
            <Field label="Role" description={roleDescriptions[role]}>
              {(control) => (
                <RoleSelect value={role} onChange={setRole} disabled={create.isPending} triggerProps={{ ...control }} />
              )}
            </Field>
            <Field
              label="Email (optional)"
              error={emailError}
              description="Only someone signed in with this email can use the link. Leave empty for a link anyone can use."
            >
              <Input
                type="email"
                value={email}
                onChange={(event) => {
                  setEmail(event.target.value);
                  setEmailError(undefined);
                }}
                placeholder="ada@example.com"
                autoComplete="off"
                spellCheck={false}
                disabled={create.isPending}
              />
            </Field>
            <DialogFormFooter submitLabel="Create invite link" pending={create.isPending} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

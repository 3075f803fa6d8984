import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { Button } from "@/components/ui/button";
import { serverCaller } from "@/server/trpc/server-caller";

export const metadata = { title: "Join a workspace" };

const closed = {
  accepted: "This invitation has already been used.",
  revoked: "This invitation was revoked.",
  expired: "This invitation has expired.",
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await serverCaller();
  const preview = await caller.invitation.preview({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!preview) {
    return (
      <AuthCard title="Invitation not found" description="This link is not valid. Check that you copied all of it, or ask for a new one.">
        <Button asChild variant="outline" className="w-full"><Link href="/">Go to CoralCollective</Link></Button>
      </AuthCard>
    );
  }
  if (preview.status !== "pending") {
    return (
      <AuthCard title={closed[preview.status]} description={`Ask someone in ${preview.workspace.name} for a new link.`}>
        <Button asChild variant="outline" className="w-full"><Link href="/">Go to CoralCollective</Link></Button>
      </AuthCard>
    );
  }

  const me = await caller.user.me().catch(() => null);
  const callbackUrl = encodeURIComponent(`/invite/${token}`);
  return (
    <AuthCard
      title={`Join ${preview.workspace.name}`}
      description={
        <>
          {preview.invitedBy} invited you to join as <strong className="text-foreground">{preview.role}</strong>. The link
          expires {preview.expiresAt.toLocaleDateString("en", { dateStyle: "medium" })}.
        </>
      }
    >
      {me ? (
        <AcceptInvitationForm token={token} email={me.email} />
      ) : (
        <div className="grid gap-2">
          <Button asChild className="w-full"><Link href={`/sign-up?callbackUrl=${callbackUrl}`}>Create an account to join</Link></Button>
          <Button asChild variant="outline" className="w-full"><Link href={`/sign-in?callbackUrl=${callbackUrl}`}>I already have an account</Link></Button>
        </div>
      )}
    </AuthCard>
  );
}

// The workspace shell. Resolves the workspace on the server (signed out → sign in;
// not a member, or no such workspace → 404, the same answer for both) and hands
// it, with the caller's permissions, to the client components below.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache, type ReactNode } from "react";

import { AppShell } from "@/components/shell/app-shell";
import { WorkspaceProvider } from "@/components/workspaces/workspace-context";
import { currentUserId } from "@/server/auth/config";
import { serverCaller } from "@/server/trpc/server-caller";

type TParams = Promise<{ workspaceSlug: string }>;

/** The workspace, or null when the caller may not see it. Cached per request (metadata + layout). */
const loadWorkspace = cache(async (workspaceSlug: string) => {
  const caller = await serverCaller();
  try {
    return await caller.workspace.get({ workspaceSlug });
  } catch (error) {
    // BAD_REQUEST: not even a well-formed slug (e.g. "/Foo"), which is also "no such page".
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { workspaceSlug } = await params;
  if (!(await currentUserId())) return {};
  const workspace = await loadWorkspace(workspaceSlug);
  return workspace ? { title: { template: `%s · ${workspace.name}`, default: workspace.name } } : {};
}

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: TParams }) {
  const { workspaceSlug } = await params;
  if (!(await currentUserId())) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/${workspaceSlug}`)}`);

  const workspace = await loadWorkspace(workspaceSlug);
  if (!workspace) notFound();

  const caller = await serverCaller();
  const [user, workspaces] = await Promise.all([caller.user.me(), caller.workspace.list()]);

  return (
    <WorkspaceProvider workspace={workspace} user={user}>
      <AppShell workspaces={workspaces}>{children}</AppShell>
    </WorkspaceProvider>
  );
}

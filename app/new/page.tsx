// Create a workspace (signed-in only), with the workspaces you already belong to
// one click away.
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";

import { signOutAction } from "@/app/(auth)/actions";
import { CoralMark } from "@/components/brand/coral-mark";
import { roleLabels } from "@/components/members/roles";
import { ThemeToggle } from "@/components/theme-toggle";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { currentUserId } from "@/server/auth/config";
import { serverCaller } from "@/server/trpc/server-caller";

export const metadata = { title: "Create a workspace · CoralCollective" };

export default async function NewWorkspacePage() {
  if (!(await currentUserId())) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/new")}`);
  const caller = await serverCaller();
  const [me, workspaces] = await Promise.all([caller.user.me(), caller.workspace.list()]);

  return (
    <main className="flex min-h-dvh flex-col bg-muted/40">
      <header className="flex items-center justify-between px-6 py-4">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <CoralMark className="size-7" />
          CoralCollective
        </Link>
        <div className="flex items-center gap-2">
          <span className="hidden text-sm text-muted-foreground sm:inline">{me.email}</span>
          <ThemeToggle />
          <form action={signOutAction}>
            <Button type="submit" variant="ghost" size="sm">
              Sign out
            </Button>
          </form>
        </div>
      </header>

      <div className="mx-auto grid w-full max-w-md flex-1 content-center gap-6 px-4 py-12">
        <Card>
          <CardHeader>
            <CardTitle className="text-xl">Create a workspace</CardTitle>
            <CardDescription>
              A workspace holds your team&apos;s projects, agents and runs. You&apos;ll be its owner and can invite people next.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CreateWorkspaceForm />
          </CardContent>
        </Card>

        {workspaces.length > 0 ? (
          <section aria-labelledby="existing-workspaces" className="grid gap-2">
            <h2 id="existing-workspaces" className="px-1 text-sm font-medium text-muted-foreground">
              Or open one of your workspaces
            </h2>
            <ul className="divide-y overflow-hidden rounded-xl border bg-card shadow-xs">
              {workspaces.map((workspace) => (
                <li key={workspace.id}>
                  <Link
                    href={`/${workspace.slug}`}
                    className="group flex items-center gap-3 px-4 py-3 outline-none transition-colors hover:bg-accent focus-visible:bg-accent"
                  >
                    <Avatar name={workspace.name} shape="square" aria-hidden />
                    <span className="grid min-w-0 flex-1">
                      <span className="truncate text-sm font-medium">{workspace.name}</span>
                      <span className="truncate text-xs text-muted-foreground">
                        {roleLabels[workspace.role]} · {workspace.projectCount} project{workspace.projectCount === 1 ? "" : "s"} ·{" "}
                        {workspace.memberCount} member{workspace.memberCount === 1 ? "" : "s"}
                      </span>
                    </span>
                    <ArrowRight
                      className="size-4 text-muted-foreground transition-transform group-hover:translate-x-0.5"
                      aria-hidden
                    />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </main>
  );
}

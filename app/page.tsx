// The front door: signed-in people go to their workspace, others see what the
// product is and where to sign in.
import Link from "next/link";
import { redirect } from "next/navigation";
import { CoralMark } from "@/components/brand/coral-mark";
import { Button } from "@/components/ui/button";
import { currentUserId } from "@/server/auth/config";
import { serverCaller } from "@/server/trpc/server-caller";

export default async function HomePage() {
  if (await currentUserId()) {
    const workspaces = await (await serverCaller()).workspace.list().catch(() => []);
    redirect(workspaces[0] ? `/${workspaces[0].slug}` : "/new");
  }
  return (
    <main className="flex min-h-dvh flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="flex items-center gap-2 font-semibold tracking-tight"><CoralMark className="size-7" />CoralCollective</span>
        <nav className="flex gap-2">
          <Button asChild variant="ghost"><Link href="/sign-in">Sign in</Link></Button>
          <Button asChild><Link href="/sign-up">Get started</Link></Button>
        </nav>
      </header>
      <section className="mx-auto flex max-w-3xl flex-1 flex-col items-center justify-center gap-6 px-6 text-center">
        <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">A crew of specialist AI agents for every project.</h1>
        <p className="max-w-xl text-lg text-muted-foreground">
          Architect, writer, backend, frontend, QA, security and devops agents that hand structured work to each other,
          remember what your team decided, and wait for your approval where it matters.
        </p>
        <div className="flex gap-3">
          <Button asChild size="lg"><Link href="/sign-up">Create a workspace</Link></Button>
          <Button asChild size="lg" variant="outline"><Link href="/sign-in">Sign in</Link></Button>
        </div>
      </section>
    </main>
  );
}

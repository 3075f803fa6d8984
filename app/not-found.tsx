import Link from "next/link";
import { CoralMark } from "@/components/brand/coral-mark";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 px-6 text-center">
      <CoralMark className="size-10" />
      <h1 className="text-2xl font-semibold tracking-tight">Nothing here</h1>
      <p className="max-w-sm text-muted-foreground">
        This page does not exist, or it belongs to a workspace you are not a member of.
      </p>
      <Button asChild>
        <Link href="/">Go to your workspaces</Link>
      </Button>
    </main>
  );
}

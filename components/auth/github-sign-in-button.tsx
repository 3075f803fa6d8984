import { GitHubMark } from "@/components/brand/github-mark";
import { Button } from "@/components/ui/button";
import { signIn } from "@/server/auth/config";

export function GitHubSignInButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form
      className="mt-4 border-t pt-4"
      action={async () => {
        "use server";
        await signIn("github", { redirectTo: callbackUrl });
      }}
    >
      <Button type="submit" variant="outline" className="w-full">
        <GitHubMark className="size-4" /> Continue with GitHub
      </Button>
    </form>
  );
}

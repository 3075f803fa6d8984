import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { GitHubSignInButton } from "@/components/auth/github-sign-in-button";
import { currentUserId } from "@/server/auth/config";
import { isGitHubSignInEnabled } from "@/server/env";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl = "/" } = await searchParams;
  if (await currentUserId()) redirect(callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/");
  const signUpHref = callbackUrl === "/" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthCard
      title="Sign in"
      description="Welcome back. Your agents kept working on the docs."
      footer={
        <>
          New here?{" "}
          <Link href={signUpHref} className="font-medium text-foreground underline-offset-4 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} />
      {isGitHubSignInEnabled ? <GitHubSignInButton callbackUrl={callbackUrl} /> : null}
    </AuthCard>
  );
}

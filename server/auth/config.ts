// Auth.js (next-auth v5): email + password always, GitHub OAuth when its env is
// set. Sessions are JWTs (required by the credentials provider); the Prisma
// adapter stores OAuth users and accounts.
import { clientAddress } from "@/server/http/client-address";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { getDb } from "@/server/db/client";
import { env, isGitHubSignInEnabled } from "@/server/env";
import { AppError } from "@/server/errors/app-error";
import { authenticate } from "@/server/services/users/authenticate";
import { resolveAuthSecret } from "./secret";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

async function buildConfig(): Promise<NextAuthConfig> {
  const db = await getDb();
  return {
    secret: resolveAuthSecret(),
    trustHost: true,
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    logger: {
      // A wrong password is an expected outcome, shown on the form; don't log it as a server error.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            return await authenticate(credentials, clientAddress(request.headers));
          } catch (error) {
            if (error instanceof AppError && error.code === "RATE_LIMITED") throw new RateLimitedSignIn();
            throw error;
          }
        },
      }),
      ...(isGitHubSignInEnabled ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(buildConfig);

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}

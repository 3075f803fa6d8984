"use server";
// Server actions for the sign-in, sign-up and invitation forms. They validate,
// call the auth layer or one tRPC procedure, and turn failures into messages.
import { AuthError, CredentialsSignin } from "next-auth";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/server/auth/config";
import { serverCaller } from "@/server/trpc/server-caller";

export type TFormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

/** Only same-site relative paths; anything else falls back to "/". */
function safeCallbackUrl(value: FormDataEntryValue | null): string {
  const url = typeof value === "string" ? value : "";
  return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/";
}

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

async function signInWith(email: string, password: string, redirectTo: string): Promise<TFormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { error: "Too many failed attempts. Wait a few minutes and try again.", values: { email } };
    }
    if (error instanceof AuthError) return { error: "Wrong email or password.", values: { email } };
    throw error; // includes the redirect Next.js throws on success
  }
}

export async function signInAction(_: TFormState, form: FormData): Promise<TFormState> {
  const email = text(form, "email").trim();
  const password = text(form, "password");
  if (!email || !password) return { error: "Enter your email and password.", values: { email } };
  return signInWith(email, password, safeCallbackUrl(form.get("callbackUrl")));
}

export async function signUpAction(_: TFormState, form: FormData): Promise<TFormState> {
  const values = { name: text(form, "name"), email: text(form, "email") };
  try {
    const caller = await serverCaller();
    await caller.user.signUp({ ...values, password: text(form, "password") });
  } catch (error) {
    if (error instanceof TRPCError) {
      const cause = error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined;
      const fieldErrors = Object.fromEntries((cause?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
      return { error: Object.keys(fieldErrors).length ? undefined : error.message, fieldErrors, values };
    }
    throw error;
  }
  const callbackUrl = safeCallbackUrl(form.get("callbackUrl"));
  return signInWith(values.email, text(form, "password"), callbackUrl === "/" ? "/new" : callbackUrl);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export async function acceptInvitationAction(_: TFormState, form: FormData): Promise<TFormState> {
  let slug: string;
  try {
    const caller = await serverCaller();
    const result = await caller.invitation.accept({ token: text(form, "token") });
    slug = result.workspace.slug;
  } catch (error) {
    if (error instanceof TRPCError) return { error: error.message };
    throw error;
  }
  redirect(`/${slug}`);
}

// The `state` a GitHub round trip carries (installing the app, creating it
// from a manifest): who started it, for which workspace, until when, signed
// with a key derived from the app's session secret. GitHub hands it back
// untouched, so it is the only proof that a redirect belongs to a flow this
// server started for this user. No row is stored: the signature and the
// 30-minute expiry are the whole check.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { resolveAuthSecret } from "@/server/auth/secret";

export const GITHUB_STATE_TTL_MS = 30 * 60 * 1000;

/** install: "Install on GitHub"; manifest: "Create the GitHub App". A state of one flow is refused by the other. */
export type TGitHubStatePurpose = "install" | "manifest";

export type TGitHubState = { purpose: TGitHubStatePurpose; workspaceId: string; userId: string; nonce: string; expiresAt: Date };

export type TVerifiedGitHubState =
  | { ok: true; state: TGitHubState }
  // Signed by us but too old: the workspace and user in it can be trusted, the moment cannot.
  | { ok: false; reason: "expired"; state: TGitHubState }
  | { ok: false; reason: "malformed" | "bad-signature" | "wrong-purpose" };

type TStateOptions = { now?: Date; secret?: string };

const ZPayload = z.object({
  p: z.enum(["install", "manifest"]),
  w: z.string().min(1).max(64),
  u: z.string().min(1).max(64),
  n: z.string().min(1).max(64),
  e: z.number().int().positive(),
});

// A key of its own, so a state can never stand in for a session token or the reverse.
function stateKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("coral:github-app-state:v1").digest();
}

function mac(payloadPart: string, secret: string): Buffer {
  return createHmac("sha256", stateKey(secret)).update(payloadPart).digest();
}

export function signGitHubState(input: { purpose: TGitHubStatePurpose; workspaceId: string; userId: string }, options: TStateOptions = {}): string {
  const now = options.now ?? new Date();
  const payload = { p: input.purpose, w: input.workspaceId, u: input.userId, n: randomBytes(12).toString("base64url"), e: Math.floor((now.getTime() + GITHUB_STATE_TTL_MS) / 1000) };
  const payloadPart = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${payloadPart}.${mac(payloadPart, options.secret ?? resolveAuthSecret()).toString("base64url")}`;
}

export function verifyGitHubState(token: string | undefined, purpose: TGitHubStatePurpose, options: TStateOptions = {}): TVerifiedGitHubState {
  const [payloadPart, signaturePart, extra] = (token ?? "").split(".");
  if (!payloadPart || !signaturePart || extra !== undefined || token!.length > 1_000) return { ok: false, reason: "malformed" };
  const expected = mac(payloadPart, options.secret ?? resolveAuthSecret());
  const given = Buffer.from(signaturePart, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad-signature" };

  let payload: z.infer<typeof ZPayload>;
  try {
    payload = ZPayload.parse(JSON.parse(Buffer.from(payloadPart, "base64url").toString("utf8")));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (payload.p !== purpose) return { ok: false, reason: "wrong-purpose" };
  const state: TGitHubState = { purpose: payload.p, workspaceId: payload.w, userId: payload.u, nonce: payload.n, expiresAt: new Date(payload.e * 1000) };
  const now = options.now ?? new Date();
  if (state.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired", state };
  return { ok: true, state };
}

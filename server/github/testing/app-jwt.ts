// How GitHub checks the JWT an app presents to exchange installation tokens:
// RS256, signed by the app's registered key, `iss` naming the app, at most
// ten minutes long and not expired. The reasons echo GitHub's messages.
import { verify, type KeyObject } from "node:crypto";

export type TJwtCheck = { ok: true } | { ok: false; message: string };

const MAX_LIFETIME_SECONDS = 10 * 60;
// GitHub tolerates some clock drift; octokit backdates iat by 30 s.
const CLOCK_SKEW_SECONDS = 60;

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function checkAppJwt(token: string, publicKey: KeyObject, appId: string, now = Math.floor(Date.now() / 1000)): TJwtCheck {
  const undecodable = { ok: false, message: "A JSON web token could not be decoded" } as const;
  const [head, body, signature, ...rest] = token.split(".");
  if (!head || !body || !signature || rest.length > 0) return undecodable;
  const header = decodePart(head);
  const claims = decodePart(body);
  if (!header || !claims || header.alg !== "RS256") return undecodable;
  if (!verify("RSA-SHA256", Buffer.from(`${head}.${body}`), publicKey, Buffer.from(signature, "base64url"))) return undecodable;
  if (String(claims.iss) !== appId) return { ok: false, message: "'Issuer' claim ('iss') must be the app's ID" };
  const { iat, exp } = claims;
  if (typeof iat !== "number" || iat > now + CLOCK_SKEW_SECONDS) {
    return { ok: false, message: "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued" };
  }
  if (typeof exp !== "number" || exp <= now) {
    return { ok: false, message: "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires" };
  }
  if (exp - iat > MAX_LIFETIME_SECONDS || exp > now + MAX_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS) {
    return { ok: false, message: "'Expiration time' claim ('exp') is too far in the future" };
  }
  return { ok: true };
}

// Check an email + password sign-in, rate-limiting failures per email and per IP.
import { dummyPasswordHash, verifyPassword } from "@/server/auth/password";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { getLimiter } from "@/server/ratelimit";
import { ZSignInInput } from "./schemas";
import type { TPublicUser } from "./sign-up";

export async function authenticate(raw: unknown, ip: string): Promise<TPublicUser | null> {
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const byEmail = getLimiter("signInByEmail");
  const byIp = getLimiter("signInByIp");
  const [emailLeft, ipLeft] = await Promise.all([byEmail.getRemaining(email), byIp.getRemaining(ip)]);
  if (emailLeft.remaining === 0 || ipLeft.remaining === 0) {
    const retryAfterSeconds = Math.ceil((Math.max(emailLeft.reset, ipLeft.reset) - Date.now()) / 1000);
    throw new AppError("RATE_LIMITED", "Too many failed sign-in attempts. Try again later.", { retryAfterSeconds });
  }

  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !ok) {
    await Promise.all([byEmail.limit(email), byIp.limit(ip)]);
    return null;
  }
  await byEmail.resetUsedTokens(email);
  return { id: user.id, email: user.email, name: user.name };
}

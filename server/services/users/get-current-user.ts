// The signed-in user's profile.
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";

export async function getCurrentUser(userId: string) {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists. Sign in again.");
  return user;
}

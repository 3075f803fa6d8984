// Create an account with email and password.
import { hashPassword } from "@/server/auth/password";
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors/app-error";
import { ZSignUpInput, type TSignUpInput } from "./schemas";

export type TPublicUser = { id: string; email: string; name: string | null };

export async function signUp(raw: TSignUpInput): Promise<TPublicUser> {
  const input = ZSignUpInput.parse(raw);
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}

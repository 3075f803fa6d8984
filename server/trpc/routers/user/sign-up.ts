import { getLimiter } from "@/server/ratelimit";
import { AppError } from "@/server/errors/app-error";
import { ZSignUpInput } from "@/server/services/users/schemas";
import { signUp } from "@/server/services/users/sign-up";
import { publicProcedure } from "../../init";

export const signUpProcedure = publicProcedure.input(ZSignUpInput).mutation(async ({ ctx, input }) => {
  const ip = ctx.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
  const { success } = await getLimiter("signUpByIp").limit(ip);
  if (!success) throw new AppError("RATE_LIMITED", "Too many sign-ups from this address. Try again later.");
  return signUp(input);
});

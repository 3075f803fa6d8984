// Sign up: limited per client address (the same reading as sign-in and the REST API).
import { clientAddress } from "@/server/http/client-address";
import { getLimiter } from "@/server/ratelimit";
import { AppError } from "@/server/errors/app-error";
import { ZSignUpInput } from "@/server/services/users/schemas";
import { signUp } from "@/server/services/users/sign-up";
import { publicProcedure } from "../../init";

export const signUpProcedure = publicProcedure.input(ZSignUpInput).mutation(async ({ ctx, input }) => {
  const { success } = await getLimiter("signUpByIp").limit(clientAddress(ctx.headers));
  if (!success) throw new AppError("RATE_LIMITED", "Too many sign-ups from this address. Try again later.");
  return signUp(input);
});

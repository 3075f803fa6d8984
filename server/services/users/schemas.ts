import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }).max(254));

export const ZPassword = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(200, "Use at most 200 characters.");

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80),
  email: ZEmail,
  password: ZPassword,
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({ email: ZEmail, password: z.string().min(1, "Enter your password.").max(200) });
export type TSignInInput = z.infer<typeof ZSignInInput>;

import type { ZodError } from "zod";

/** A readable sentence from zod issues, e.g. "name: Use at least 2 characters." */
export function describeZodError(error: ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join(" ");
}

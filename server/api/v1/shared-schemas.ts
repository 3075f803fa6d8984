// Schemas shared by the v1 endpoints: ids in paths, list queries and pages.
import { z } from "zod";

export const ZId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/)
  .describe("An id as returned by this API.");
export const ZIdParams = z.object({ id: ZId });

export const ZListQuery = z.object({
  limit: z.coerce.number().int("Use a whole number.").min(1, "Use at least 1.").max(100, "Use at most 100.").default(20).describe("Page size, at most 100."),
  cursor: z.string().max(200).optional().describe("The nextCursor of the previous page."),
});

export const ZTimestamp = z.string().describe("ISO 8601 date-time, UTC.");

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });

export const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

// Schemas shared by the v1 endpoints: ids in paths, list queries and pages.
import { z } from "zod";
import { ZPageInput } from "@/server/services/shared/pagination";

export const ZId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/)
  .describe("An id as returned by this API.");
export const ZIdParams = z.object({ id: ZId });

/** `limit` and `cursor` of every list: the services' own page input. */
export const ZListQuery = ZPageInput;

export const ZTimestamp = z.string().describe("ISO 8601 date-time, UTC.");

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });

export const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

// The retention setting's validation, shared by the service and the settings
// form (which must not import the service and its database code).
import { z } from "zod";

export const ZMemoryRetentionDays = z.number().int().min(1, "must be at least 1 day").max(3650, "must be at most 3,650 days (ten years)").nullable();
export const ZSetMemoryRetentionInput = z.object({ days: ZMemoryRetentionDays });
export type TSetMemoryRetentionInput = z.input<typeof ZSetMemoryRetentionInput>;

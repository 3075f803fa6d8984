// Which run states are still going: a run in one of them can be cancelled,
// cannot be resumed, and keeps its live stream open.
import type { RunStatus } from "@/server/db/generated/enums.ts";

const activeRunStatuses: readonly RunStatus[] = ["queued", "running", "waiting_approval"];
export const isRunActive = (status: RunStatus): boolean => activeRunStatuses.includes(status);

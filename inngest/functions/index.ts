// Every engine function, for the embedded runner and for Inngest's serve route.
import type { TEngineFunction } from "@/server/engine/step-tools";
import { deliverWebhook } from "./deliver-webhook";
import { githubReview } from "./github-review";
import { memoryReindex } from "./memory-reindex";
import { memoryRetention } from "./memory-retention";
import { runWorkflow } from "./run-workflow";

export const engineFunctions = [runWorkflow, deliverWebhook, githubReview, memoryReindex, memoryRetention] as unknown as TEngineFunction<never>[];

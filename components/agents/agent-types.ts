// Types of what the agent procedures return, as the client components see them.
import type { getAgent } from "@/server/services/agents/get-agent";
import type { previewPrompt } from "@/server/services/agents/preview-prompt";

export type TAgentDetail = Awaited<ReturnType<typeof getAgent>>;
export type TPromptPreview = Awaited<ReturnType<typeof previewPrompt>>;

import { previewPrompt, ZPreviewPromptInput } from "@/server/services/agents/preview-prompt";
import { requirePermission, workspaceProcedure } from "../../init";

export const previewPromptProcedure = workspaceProcedure
  .use(requirePermission("workspace.read"))
  .input(ZPreviewPromptInput)
  .mutation(({ ctx, input }) => previewPrompt(ctx.scope, input));

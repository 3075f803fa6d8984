// tools.presets: the server presets the "Add server" dialog offers, with their fields.
import { listToolServerPresets } from "@/server/services/tools/tool-presets";
import { requirePermission, workspaceProcedure } from "../../init";

export const listToolServerPresetsProcedure = workspaceProcedure
  .use(requirePermission("tools.read"))
  .query(() => listToolServerPresets());

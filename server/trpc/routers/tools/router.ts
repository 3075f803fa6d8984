// Tools through MCP: the workspace's server registry, its versioned policy and
// the tool-call log.
import { createRouter } from "../../init";
import { listToolCallsProcedure } from "./calls";
import { createToolServerProcedure } from "./create-server";
import { deleteToolServerProcedure } from "./delete-server";
import { getToolServerProcedure } from "./get-server";
import { listToolServersProcedure } from "./list-servers";
import { getToolPolicyProcedure } from "./policy";
import { listToolPolicyVersionsProcedure } from "./policy-versions";
import { listToolServerPresetsProcedure } from "./presets";
import { saveToolPolicyProcedure } from "./save-policy";
import { testToolServerProcedure } from "./test-server";

export const toolsRouter = createRouter({
  presets: listToolServerPresetsProcedure,
  listServers: listToolServersProcedure,
  getServer: getToolServerProcedure,
  createServer: createToolServerProcedure,
  deleteServer: deleteToolServerProcedure,
  testServer: testToolServerProcedure,
  policy: getToolPolicyProcedure,
  savePolicy: saveToolPolicyProcedure,
  policyVersions: listToolPolicyVersionsProcedure,
  calls: listToolCallsProcedure,
});

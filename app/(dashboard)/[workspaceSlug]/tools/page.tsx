// Tools: the workspace's MCP servers, the per-agent tool policy and the tool-call log.
import { ToolsView } from "@/components/tools/tools-view";

export const metadata = { title: "Tools" };

export default function ToolsPage() {
  return <ToolsView />;
}

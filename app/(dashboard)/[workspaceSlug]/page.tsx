import { WorkspaceOverview } from "@/components/workspaces/workspace-overview";

export const metadata = { title: "Overview" };

export default function WorkspaceOverviewPage() {
  return <WorkspaceOverview />;
}

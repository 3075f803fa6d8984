import { WorkspaceRunsView } from "@/components/runs/workspace-runs-view";

export const metadata = { title: "Runs" };

export default function RunsPage() {
  return <WorkspaceRunsView />;
}

import { WorkflowsView } from "@/components/workflows/workflows-view";

export const metadata = { title: "Workflows" };

export default function WorkflowsPage() {
  return <WorkflowsView />;
}

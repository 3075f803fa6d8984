import { MemoryRetentionCard } from "@/components/memory/memory-retention-card";
import { WorkspaceGeneralSettings } from "@/components/workspaces/workspace-general-settings";

export const metadata = { title: "Settings" };

export default function WorkspaceSettingsPage() {
  return (
    <div className="grid max-w-3xl grid-cols-1 gap-6">
      <WorkspaceGeneralSettings />
      <MemoryRetentionCard />
    </div>
  );
}

import { WorkspaceGeneralSettings } from "@/components/workspaces/workspace-general-settings";

export const metadata = { title: "Settings" };

export default function WorkspaceSettingsPage() {
  return <WorkspaceGeneralSettings />;
}

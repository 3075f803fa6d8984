import type { ReactNode } from "react";

import { PageHeader } from "@/components/ui/page-header";
import { SettingsNav } from "@/components/workspaces/settings-nav";

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader title="Settings" description="Manage this workspace and who has access to it." className="pb-4" />
      <SettingsNav />
      {children}
    </>
  );
}

// Settings → Audit log: the workspace's hash-chained record of changes.
import { AuditLogView } from "@/components/audit/audit-log-view";

export const metadata = { title: "Audit log" };

export default function AuditLogSettingsPage() {
  return <AuditLogView />;
}

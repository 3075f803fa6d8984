// How audit events read in the UI: actor kinds, the actions we record with a
// sentence each, and the action domains the filter offers. Unknown actions
// (new ones, or ones from other parts of the product) show their raw name.
import type { TAuditActorType } from "@/server/services/audit/schemas";

export const actorTypeLabels: Record<TAuditActorType, string> = {
  user: "Person",
  api_key: "API key",
  agent: "Agent",
  system: "System",
  github: "GitHub",
};

const actionLabels: Record<string, string> = {
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "member.left": "Left the workspace",
  "invitation.created": "Created an invitation",
  "apikey.created": "Created an API key",
  "apikey.revoked": "Revoked an API key",
  "webhook.endpoint_created": "Added a webhook endpoint",
  "webhook.endpoint_deleted": "Deleted a webhook endpoint",
  "project.deleted": "Deleted a project",
  "audit.exported": "Exported the audit log",
};

export function actionLabel(action: string): string | null {
  return actionLabels[action] ?? null;
}

/** The domains the action filter offers, as prefixes ("member." matches every member action). */
export const actionDomains: { prefix: string; label: string }[] = [
  { prefix: "member.", label: "Members" },
  { prefix: "invitation.", label: "Invitations" },
  { prefix: "apikey.", label: "API keys" },
  { prefix: "webhook.", label: "Webhooks" },
  { prefix: "project.", label: "Projects" },
  { prefix: "tool.", label: "Tool calls" },
  { prefix: "permission.", label: "Permission decisions" },
  { prefix: "audit.", label: "Audit log" },
];

/** "9f86d081…0f00a08" — enough of a hash to compare by eye. */
export function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;
}

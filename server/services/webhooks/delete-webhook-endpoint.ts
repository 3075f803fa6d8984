// Remove a webhook endpoint with its delivery log. Deliveries still being
// retried stop at their next attempt (they no longer find their row).
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import type { TWorkspaceScope } from "../shared/scope";
import { ZWebhookEndpointIdInput, type TWebhookEndpointIdInput } from "./schemas";

export async function deleteWebhookEndpoint(scope: TWorkspaceScope, raw: TWebhookEndpointIdInput): Promise<void> {
  const { endpointId } = ZWebhookEndpointIdInput.parse(raw);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: endpointId, workspaceId: scope.workspaceId } });
    if (count === 0) throw notFound("Webhook endpoint");
    await appendAuditEvent({ ...auditActorOf(scope), action: "webhook.endpoint_deleted", targetType: "webhook_endpoint", targetId: endpointId }, tx);
  });
}

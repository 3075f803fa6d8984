// Remove a webhook endpoint with its delivery log. Deliveries still being
// retried stop at their next attempt (they no longer find their row).
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { ZWebhookEndpointIdInput, type TWebhookEndpointIdInput } from "./schemas";

export async function deleteWebhookEndpoint(scope: TWorkspaceScope, raw: TWebhookEndpointIdInput): Promise<void> {
  const { endpointId } = ZWebhookEndpointIdInput.parse(raw);
  const db = await getDb();
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: endpointId, workspaceId: scope.workspaceId } });
  if (count === 0) throw notFound("Webhook endpoint");
}

// Add an outbound webhook endpoint. The URL is checked against the SSRF rules
// (literal addresses now, resolved names again at every delivery); the
// signing secret is sealed at rest and returned this once.
import { getDb } from "@/server/db/client";
import { encryptSecret } from "@/server/crypto/secret-box";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import { webhookDeliverySettings } from "@/server/webhooks/delivery-settings";
import { generateWebhookSecret } from "@/server/webhooks/sign";
import { checkWebhookUrl } from "@/server/webhooks/ssrf-guard";
import type { TWorkspaceScope } from "../shared/scope";
import { ZCreateWebhookEndpointInput, type TCreateWebhookEndpointInput } from "./schemas";
import { endpointSelect, toWebhookEndpoint, type TWebhookEndpoint } from "./webhook-views";

export type TCreatedWebhookEndpoint = { endpoint: TWebhookEndpoint; secret: string };

export async function createWebhookEndpoint(scope: TWorkspaceScope, raw: TCreateWebhookEndpointInput): Promise<TCreatedWebhookEndpoint> {
  const input = ZCreateWebhookEndpointInput.parse(raw);
  const url = checkWebhookUrl(input.url, { allowPrivate: webhookDeliverySettings().allowPrivateTargets });
  const secret = generateWebhookSecret();
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: {
        workspaceId: scope.workspaceId,
        url,
        description: input.description,
        events: input.events,
        secretSealed: encryptSecret(secret, scope.workspaceId),
        createdById: scope.actor?.userId ?? null,
      },
      select: endpointSelect,
    });
    await appendAuditEvent({ ...auditActorOf(scope), action: "webhook.endpoint_created", targetType: "webhook_endpoint", targetId: created.id, data: { host: new URL(url).host, events: input.events } }, tx);
    return created;
  });
  return { endpoint: toWebhookEndpoint(row), secret };
}

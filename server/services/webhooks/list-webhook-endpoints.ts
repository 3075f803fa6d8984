// A workspace's webhook endpoints, newest first, each with its latest
// delivery: all of them (the dashboard) or a page at a time (the REST API).
import { getDb } from "@/server/db/client";
import { pageQuery, toPage, ZPageInput, type TPage, type TPageInput } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";
import { endpointSelect, toWebhookEndpoint, type TWebhookEndpoint } from "./webhook-views";

/** More than any workspace needs; the dashboard shows them on one page. */
const MAX_ENDPOINTS_LISTED = 200;

export async function listWebhookEndpoints(scope: TWorkspaceScope): Promise<TWebhookEndpoint[]> {
  const db = await getDb();
  const rows = await db.webhookEndpoint.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_ENDPOINTS_LISTED,
    select: endpointSelect,
  });
  return rows.map(toWebhookEndpoint);
}

export async function listWebhookEndpointsPage(scope: TWorkspaceScope, raw: TPageInput): Promise<TPage<TWebhookEndpoint>> {
  const page = ZPageInput.parse(raw);
  const db = await getDb();
  const q = pageQuery(page);
  const rows = await db.webhookEndpoint.findMany({ where: { workspaceId: scope.workspaceId, ...q.where }, orderBy: q.orderBy, take: q.take, select: endpointSelect });
  return toPage(rows, page.limit, toWebhookEndpoint);
}

// Remove a registered MCP server. While the current policy still grants one of
// its tools the server stays: deleting it would leave rules that name nothing
// (and make the next save fail on them), so the policy is changed first.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import type { TWorkspaceScope } from "../shared/scope";
import { getToolPolicy } from "./get-tool-policy";
import { policyMentions } from "./policy-check";
import { ZToolServerIdInput, type TToolServerIdInput } from "./schemas";

export async function deleteToolServer(scope: TWorkspaceScope, raw: TToolServerIdInput): Promise<void> {
  const { serverId } = ZToolServerIdInput.parse(raw);
  const db = await getDb();
  const server = await db.toolServer.findFirst({ where: { id: serverId, workspaceId: scope.workspaceId }, select: { id: true, name: true } });
  if (!server) throw notFound("Tool server");
  const policy = await getToolPolicy(scope);
  const mentions = policyMentions(policy.document, server.name);
  if (mentions.length > 0) {
    throw new AppError(
      "CONFLICT",
      `The tool policy (version ${policy.version}) still names "${server.name}" in ${mentions.slice(0, 3).join(", ")}${mentions.length > 3 ? ` and ${mentions.length - 3} more` : ""}. Remove it from the policy and save, then delete the server.`,
    );
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.toolServer.deleteMany({ where: { id: server.id, workspaceId: scope.workspaceId } });
    if (count === 0) throw notFound("Tool server");
    await appendAuditEvent({ ...auditActorOf(scope), action: "tool.server_deleted", targetType: "tool_server", targetId: server.id, data: { name: server.name } }, tx);
  });
}

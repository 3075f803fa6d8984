// Publish a new immutable version of a custom agent. Versions are never
// updated; concurrent publishes are serialised by the (agent, version) key.
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation, notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { definitionHash } from "./create-custom-agent";
import { ZPublishAgentVersionInput, type TPublishAgentVersionInput } from "./schemas";
import { validateCustomDefinition } from "./validate-definition";
import { workspaceAgents } from "./workspace-agents";

export async function publishAgentVersion(scope: TWorkspaceScope, raw: TPublishAgentVersionInput) {
  const input = ZPublishAgentVersionInput.parse(raw);
  const definition = { ...input.definition, id: input.key };
  const db = await getDb();
  const agent = await db.customAgent.findFirst({
    where: { workspaceId: scope.workspaceId, key: input.key, archivedAt: null },
    select: { id: true, latestVersion: true, versions: { orderBy: { version: "desc" }, take: 1, select: { contentHash: true } } },
  });
  if (!agent) throw notFound("Custom agent");
  validateCustomDefinition(definition, (await workspaceAgents(scope)).filter((a) => a.id !== input.key));
  const contentHash = definitionHash(definition);
  if (agent.versions[0]?.contentHash === contentHash) {
    throw new AppError("CONFLICT", "Nothing changed since the latest version.");
  }
  const version = agent.latestVersion + 1;
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.agentVersion.create({
        data: { workspaceId: scope.workspaceId, agentId: agent.id, version, definition, contentHash, note: input.note, createdById: scope.actor?.userId ?? null },
        select: { id: true, version: true, note: true, createdAt: true },
      });
      await tx.customAgent.update({ where: { id: agent.id, workspaceId: scope.workspaceId }, data: { latestVersion: version } });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Someone published a new version at the same time. Reload and try again.");
    throw error;
  }
}

// One version's definition, scoped to the workspace.
import { ZAgentDefinitionBody, type TAgentDefinitionBody } from "@/server/agents/definition-schema";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";

export async function getAgentVersion(scope: TWorkspaceScope, key: string, version: number): Promise<TAgentDefinitionBody> {
  const db = await getDb();
  const row = await db.agentVersion.findFirst({
    where: { workspaceId: scope.workspaceId, version, agent: { key, workspaceId: scope.workspaceId } },
    select: { definition: true },
  });
  if (!row) throw notFound("Agent version");
  return ZAgentDefinitionBody.parse(row.definition);
}

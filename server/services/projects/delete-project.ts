// Delete a project and everything that belongs to it: rows cascade in the
// database; vectors kept outside it (Pinecone) are erased first.
import { getDb } from "@/server/db/client";
import { orNotFound } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import { getVectorStore } from "../memory/vector-store-choice";
import type { TWorkspaceScope } from "../shared/scope";
import { ZProjectIdInput, type TProjectIdInput } from "./schemas";

export async function deleteProject(scope: TWorkspaceScope, raw: TProjectIdInput): Promise<void> {
  const input = ZProjectIdInput.parse(raw);
  const db = await getDb();
  const project = await db.project.findFirst({ where: { id: input.projectId, workspaceId: scope.workspaceId }, select: { id: true } });
  if (project) await (await getVectorStore()).deleteProject(scope.workspaceId, project.id);
  await db.$transaction(async (tx) => {
    const deleted = await orNotFound("Project", tx.project.delete({ where: { id: input.projectId, workspaceId: scope.workspaceId }, select: { id: true, name: true, slug: true } }));
    await appendAuditEvent({ ...auditActorOf(scope), action: "project.deleted", targetType: "project", targetId: deleted.id, data: { name: deleted.name, slug: deleted.slug } }, tx);
  });
}

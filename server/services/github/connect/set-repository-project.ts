// Choose the project a repository's pull requests are reviewed into, or none.
// The repository must belong to one of this workspace's installations and the
// project to this workspace (anything else reads as not found); archived
// projects and repositories GitHub no longer shares cannot be chosen.
import { getDb } from "@/server/db/client";
import { AppError, notFound } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../../audit/append-audit-event";
import type { TWorkspaceScope } from "../../shared/scope";
import { toRepositoryView, type TGitHubRepositoryView } from "./github-views";
import { ZSetRepositoryProjectInput, type TSetRepositoryProjectInput } from "./schemas";

const repositorySelect = {
  id: true,
  fullName: true,
  isPrivate: true,
  removedAt: true,
  project: { select: { id: true, name: true, slug: true, archivedAt: true } },
} as const;

export async function setRepositoryProject(scope: TWorkspaceScope, raw: TSetRepositoryProjectInput): Promise<TGitHubRepositoryView> {
  const input = ZSetRepositoryProjectInput.parse(raw);
  const db = await getDb();
  const ofWorkspace = { id: input.repositoryId, installation: { workspaceId: scope.workspaceId } };
  const repository = await db.gitHubRepository.findFirst({ where: ofWorkspace, select: { id: true, fullName: true, projectId: true, removedAt: true } });
  if (!repository) throw notFound("Repository");

  if (input.projectId !== null) {
    const project = await db.project.findFirst({ where: { id: input.projectId, workspaceId: scope.workspaceId }, select: { archivedAt: true } });
    if (!project) throw notFound("Project");
    if (project.archivedAt) throw new AppError("INVALID_INPUT", "projectId: That project is archived; restore it or choose another.");
    if (repository.removedAt) throw new AppError("INVALID_INPUT", `repositoryId: The app no longer has access to ${repository.fullName}; give it access again on GitHub first.`);
  }
  if (repository.projectId === input.projectId) {
    return toRepositoryView(await db.gitHubRepository.findFirstOrThrow({ where: ofWorkspace, select: repositorySelect }));
  }

  return db.$transaction(async (tx) => {
    // Scoped again: the installation may have been disconnected since the read above.
    const { count } = await tx.gitHubRepository.updateMany({ where: ofWorkspace, data: { projectId: input.projectId } });
    if (count === 0) throw notFound("Repository");
    await appendAuditEvent(
      {
        ...auditActorOf(scope),
        action: "github.repository_mapped",
        targetType: "github_repository",
        targetId: repository.id,
        data: { repository: repository.fullName, from: repository.projectId, to: input.projectId },
      },
      tx,
    );
    return toRepositoryView(await tx.gitHubRepository.findFirstOrThrow({ where: ofWorkspace, select: repositorySelect }));
  });
}

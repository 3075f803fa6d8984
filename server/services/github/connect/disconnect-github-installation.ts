// Disconnect an installation from the workspace: its repositories stop
// reviewing into any project and the installation can be connected again
// (here or by another workspace). The app stays installed on GitHub — the
// page links there to uninstall it — and past reviews stay in the workspace.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { appendAuditEvent, auditActorOf } from "../../audit/append-audit-event";
import type { TWorkspaceScope } from "../../shared/scope";
import { ZGitHubInstallationIdInput, type TGitHubInstallationIdInput } from "./schemas";

export async function disconnectGitHubInstallation(scope: TWorkspaceScope, raw: TGitHubInstallationIdInput): Promise<void> {
  const { installationId } = ZGitHubInstallationIdInput.parse(raw);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const installation = await tx.gitHubInstallation.findFirst({ where: { id: installationId, workspaceId: scope.workspaceId }, select: { installationId: true, accountLogin: true } });
    if (!installation) throw notFound("GitHub installation");
    await tx.gitHubRepository.updateMany({ where: { installationId, installation: { workspaceId: scope.workspaceId } }, data: { projectId: null } });
    const { count } = await tx.gitHubInstallation.updateMany({ where: { id: installationId, workspaceId: scope.workspaceId }, data: { workspaceId: null } });
    if (count === 0) throw notFound("GitHub installation");
    await appendAuditEvent(
      {
        ...auditActorOf(scope),
        action: "github.installation_disconnected",
        targetType: "github_installation",
        targetId: installationId,
        data: { installationId: installation.installationId.toString(), account: installation.accountLogin || null },
      },
      tx,
    );
  });
}

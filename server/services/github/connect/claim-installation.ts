// Give an installation to a workspace: create its row if GitHub's
// `installation` webhook has not arrived yet (the webhook fills the account
// later), then set workspaceId only where it is still unset or already this
// workspace's — one conditional update, so two workspaces racing for the same
// installation cannot both win and a claimed installation is never taken over.
import { getDb } from "@/server/db/client";
import { appendAuditEvent, auditActorOf } from "../../audit/append-audit-event";
import type { TWorkspaceScope } from "../../shared/scope";
import type { TAppInstallation } from "./github-app-api";

export type TClaimResult = "claimed" | "already-connected" | "claimed-elsewhere";

/** accountLogin of a row created before GitHub told us whose installation it is. */
export const PENDING_ACCOUNT_LOGIN = "";

export async function claimInstallation(scope: TWorkspaceScope, installationId: bigint, fromGitHub: TAppInstallation | null): Promise<TClaimResult> {
  const db = await getDb();
  const account = fromGitHub?.accountLogin ? { accountLogin: fromGitHub.accountLogin, accountType: fromGitHub.accountType } : null;
  return db.$transaction(async (tx) => {
    await tx.gitHubInstallation.createMany({ data: [{ installationId, accountLogin: PENDING_ACCOUNT_LOGIN, ...account }], skipDuplicates: true });
    const before = await tx.gitHubInstallation.findUniqueOrThrow({ where: { installationId }, select: { id: true, workspaceId: true } });
    if (before.workspaceId === scope.workspaceId) {
      if (account) await tx.gitHubInstallation.updateMany({ where: { id: before.id, workspaceId: scope.workspaceId }, data: account });
      return "already-connected";
    }
    const { count } = await tx.gitHubInstallation.updateMany({ where: { id: before.id, workspaceId: null }, data: { workspaceId: scope.workspaceId, ...account } });
    if (count === 0) return "claimed-elsewhere";
    await appendAuditEvent(
      {
        ...auditActorOf(scope),
        action: "github.installation_connected",
        targetType: "github_installation",
        targetId: before.id,
        data: { installationId: installationId.toString(), account: account?.accountLogin ?? null },
      },
      tx,
    );
    return "claimed";
  });
}

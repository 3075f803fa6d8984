// Writes GitHubInstallation and GitHubRepository rows from webhook payloads.
// Insert-if-missing then update, so two deliveries about the same installation
// racing each other both succeed instead of one failing on the unique key.
import type { TGitHubTx } from "@/server/github/handlers/types";
import type { TInstallationRef, TRepositoryRef } from "@/server/github/payloads";

type TInstallationState = { suspendedAt?: Date | null; removedAt?: Date | null };

function accountOf(ref: TInstallationRef): { accountLogin: string; accountType: string | null } {
  const account = ref.account;
  return { accountLogin: account?.login ?? account?.slug ?? account?.name ?? "unknown", accountType: account?.type ?? null };
}

/** The installation's row id, creating the row if this is the first we hear of it. */
export async function upsertInstallation(tx: TGitHubTx, ref: TInstallationRef, state: TInstallationState = {}): Promise<string> {
  const installationId = BigInt(ref.id);
  const account = accountOf(ref);
  await tx.gitHubInstallation.createMany({ data: [{ installationId, ...account, ...state }], skipDuplicates: true });
  const row = await tx.gitHubInstallation.update({ where: { installationId }, data: { ...account, ...state }, select: { id: true } });
  return row.id;
}

export async function upsertRepositories(tx: TGitHubTx, installationRowId: string, repositories: readonly TRepositoryRef[]): Promise<void> {
  if (repositories.length === 0) return;
  await tx.gitHubRepository.createMany({
    data: repositories.map((repo) => ({ installationId: installationRowId, repoId: BigInt(repo.id), fullName: repo.full_name, isPrivate: repo.private ?? false })),
    skipDuplicates: true,
  });
  for (const repo of repositories) {
    await tx.gitHubRepository.update({
      where: { installationId_repoId: { installationId: installationRowId, repoId: BigInt(repo.id) } },
      data: { fullName: repo.full_name, isPrivate: repo.private ?? false, removedAt: null },
    });
  }
}

/** Mark repositories as no longer reachable through the installation (all of them when `repoIds` is omitted). */
export async function markRepositoriesRemoved(tx: TGitHubTx, installationRowId: string, at: Date, repoIds?: readonly number[]): Promise<void> {
  await tx.gitHubRepository.updateMany({
    where: { installationId: installationRowId, removedAt: null, ...(repoIds ? { repoId: { in: repoIds.map((id) => BigInt(id)) } } : {}) },
    data: { removedAt: at },
  });
}

// Keeps GitHubRepository rows true to `installation_repositories` events: the
// repositories an installation was granted or lost access to. A project
// mapping survives removal (removedAt is set) so re-adding restores it.
import type { TGitHubTx } from "@/server/github/handlers/types";
import type { TInstallationRef, TRepositoryRef } from "@/server/github/payloads";
import { markRepositoriesRemoved, upsertInstallation, upsertRepositories } from "./installation-rows";

export type TInstallationRepositoriesChange = {
  installation: TInstallationRef;
  added: readonly TRepositoryRef[];
  removedIds: readonly number[];
};

export async function syncInstallationRepositories(tx: TGitHubTx, change: TInstallationRepositoriesChange, at: Date): Promise<void> {
  const id = await upsertInstallation(tx, change.installation);
  await upsertRepositories(tx, id, change.added);
  if (change.removedIds.length > 0) await markRepositoriesRemoved(tx, id, at, change.removedIds);
}

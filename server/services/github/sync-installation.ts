// Keeps GitHubInstallation (and its repositories) true to `installation`
// events: created (re)activates it with the repositories GitHub lists,
// deleted marks it and every repository removed, suspend/unsuspend toggle
// suspension. Rows are kept after removal: past deliveries still refer to them.
import type { TGitHubTx } from "@/server/github/handlers/types";
import type { TInstallationRef, TRepositoryRef } from "@/server/github/payloads";
import { markRepositoriesRemoved, upsertInstallation, upsertRepositories } from "./installation-rows";

export type TInstallationAction = "created" | "deleted" | "suspend" | "unsuspend";

export type TInstallationChange = {
  action: TInstallationAction;
  installation: TInstallationRef;
  repositories: readonly TRepositoryRef[];
  suspendedAt: Date | null;
};

export async function syncInstallation(tx: TGitHubTx, change: TInstallationChange, at: Date): Promise<void> {
  switch (change.action) {
    case "created": {
      const id = await upsertInstallation(tx, change.installation, { removedAt: null, suspendedAt: change.suspendedAt });
      await upsertRepositories(tx, id, change.repositories);
      return;
    }
    case "deleted": {
      const id = await upsertInstallation(tx, change.installation, { removedAt: at });
      await markRepositoriesRemoved(tx, id, at);
      return;
    }
    case "suspend":
      await upsertInstallation(tx, change.installation, { suspendedAt: change.suspendedAt ?? at });
      return;
    case "unsuspend":
      await upsertInstallation(tx, change.installation, { suspendedAt: null });
      return;
  }
}

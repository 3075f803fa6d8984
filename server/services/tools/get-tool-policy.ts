// The workspace's current tool policy: its latest saved version, or version 0
// — an empty document that allows nothing — when none was ever saved.
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../shared/scope";
import { emptyToolPolicy, policyVersionSelect, toToolPolicyVersion, type TToolPolicyVersion } from "./policy-views";

export async function getToolPolicy(scope: TWorkspaceScope): Promise<TToolPolicyVersion> {
  const db = await getDb();
  const row = await db.toolPolicyVersion.findFirst({
    where: { workspaceId: scope.workspaceId },
    orderBy: { version: "desc" },
    select: policyVersionSelect,
  });
  return row ? toToolPolicyVersion(row) : { version: 0, document: emptyToolPolicy(), createdAt: null, createdBy: null };
}


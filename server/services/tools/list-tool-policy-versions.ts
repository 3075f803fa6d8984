// The saved versions of the workspace's tool policy, newest first, each with
// who saved it and what it said.
import { getDb } from "@/server/db/client";
import type { TWorkspaceScope } from "../shared/scope";
import { policyVersionSelect, toToolPolicyVersion, type TToolPolicyVersion } from "./policy-views";
import { ZListToolPolicyVersionsInput, type TListToolPolicyVersionsInput } from "./schemas";

export async function listToolPolicyVersions(scope: TWorkspaceScope, raw: TListToolPolicyVersionsInput = {}): Promise<TToolPolicyVersion[]> {
  const { limit } = ZListToolPolicyVersionsInput.parse(raw);
  const db = await getDb();
  const rows = await db.toolPolicyVersion.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: { version: "desc" },
    take: limit,
    select: policyVersionSelect,
  });
  return rows.map(toToolPolicyVersion);
}

// Save the tool policy as a new immutable version. The edit names the version
// it started from: when someone saved after that, the save is refused
// (CONFLICT) rather than silently undoing their change. The check and the
// insert share a transaction, and the unique (workspace, version) key settles
// two saves racing past the check. A document equal to the current one is not
// saved again. Each version is recorded in the audit log with the same number.
import type { Prisma } from "@/server/db/generated/client.ts";
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors/app-error";
import { stableStringify } from "@/server/shared/stable-json";
import { getPreset } from "@/server/tools/mcp/presets";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import type { TWorkspaceScope } from "../shared/scope";
import { checkPolicyAgainstRegistry } from "./policy-check";
import { emptyToolPolicy, policyVersionSelect, toToolPolicyVersion, type TToolPolicyVersion } from "./policy-views";
import { ZSaveToolPolicyInput, type TSaveToolPolicyInput } from "./schemas";
import { storedTools } from "./server-tools";

export type TSavedToolPolicy = TToolPolicyVersion & { /** false: the document was the current one, nothing was saved. */ changed: boolean };

const MAX_PROBLEMS_SHOWN = 5;

function staleMessage(current: number, expected: number): string {
  if (expected > current) return `Version ${expected} of the tool policy does not exist; the current version is ${current}. Reload and edit that.`;
  return `Someone saved version ${current} of the tool policy after you loaded version ${expected}. Reload to see their changes, then make yours again.`;
}

export async function saveToolPolicy(scope: TWorkspaceScope, raw: TSaveToolPolicyInput): Promise<TSavedToolPolicy> {
  const { document, expectedVersion } = ZSaveToolPolicyInput.parse(raw);
  const db = await getDb();
  const servers = await db.toolServer.findMany({ where: { workspaceId: scope.workspaceId }, select: { name: true, preset: true, tools: true } });
  const problems = checkPolicyAgainstRegistry(
    document,
    servers.map((s) => ({ name: s.name, tools: storedTools(s.tools), sandboxed: s.preset !== "custom" && (getPreset(s.preset)?.sandboxed ?? false) })),
  );
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more problems)` : "";
    throw new AppError("INVALID_INPUT", problems.slice(0, MAX_PROBLEMS_SHOWN).join(" ") + more, { problems });
  }

  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.toolPolicyVersion.findFirst({ where: { workspaceId: scope.workspaceId }, orderBy: { version: "desc" }, select: policyVersionSelect });
      const current = latest?.version ?? 0;
      if (current !== expectedVersion) throw new AppError("CONFLICT", staleMessage(current, expectedVersion), { currentVersion: current });
      if (stableStringify(latest ? latest.document : emptyToolPolicy()) === stableStringify(document)) {
        return latest ? { ...toToolPolicyVersion(latest), changed: false } : { version: 0, document, createdAt: null, createdBy: null, changed: false };
      }
      const row = await tx.toolPolicyVersion.create({
        data: { workspaceId: scope.workspaceId, version: current + 1, document: document as Prisma.InputJsonValue, createdById: scope.actor?.userId ?? null },
        select: policyVersionSelect,
      });
      const data = { agents: Object.keys(document.agents), steps: Object.keys(document.steps), servers: [...new Set([...Object.values(document.agents), ...Object.values(document.steps)].flatMap((rule) => Object.keys(rule.servers)))] };
      await appendAuditEvent({ ...auditActorOf(scope), action: "tool.policy_saved", targetType: "tool_policy", targetId: String(row.version), policyVersion: row.version, data }, tx);
      return { ...toToolPolicyVersion(row), changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Someone saved the tool policy at the same moment. Reload to see their changes, then make yours again.");
    throw error;
  }
}

// A saved tool-policy version as the services return it, and the empty
// document that stands for "nothing saved yet" (default deny: no agent may use
// any tool).
import type { Prisma } from "@/server/db/generated/client.ts";
import { ZToolPolicy, type TToolPolicy } from "@/server/tools/policy/policy-schema";

export type TToolPolicyVersion = {
  /** 0 when nothing was saved yet. */
  version: number;
  document: TToolPolicy;
  createdAt: Date | null;
  createdBy: { id: string; name: string | null; email: string } | null;
};

export const policyVersionSelect = {
  version: true,
  document: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true, email: true } },
} satisfies Prisma.ToolPolicyVersionSelect;

type TPolicyVersionRow = Prisma.ToolPolicyVersionGetPayload<{ select: typeof policyVersionSelect }>;

export function emptyToolPolicy(): TToolPolicy {
  return ZToolPolicy.parse({ agents: {} });
}

export function toToolPolicyVersion(row: TPolicyVersionRow): TToolPolicyVersion {
  // Saved documents were validated on the way in; parsing again fills defaults added since. One a
  // stricter schema no longer accepts is still shown as saved, so it can be edited and saved again.
  const parsed = ZToolPolicy.safeParse(row.document);
  return { version: row.version, document: parsed.success ? parsed.data : (row.document as TToolPolicy), createdAt: row.createdAt, createdBy: row.createdBy };
}

// How an audit event is hashed into its workspace's chain. Anyone holding an
// export can recompute this: sha256 (hex) of the canonical JSON — keys sorted
// at every level, no whitespace — of the event's fields, prevHash included and
// hash excluded. The first event of a workspace links to GENESIS_HASH.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** The fields the hash covers, in the shape they are exported. */
export type THashedAuditFields = {
  workspaceId: string;
  seq: number;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  policyVersion: number | null;
  ip: string | null;
  data: unknown;
  /** ISO 8601 with milliseconds, as the database keeps it. */
  createdAt: string;
  prevHash: string;
};

/** JSON with object keys sorted at every level, so equal values hash equally however they were built or stored. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    // undefined, functions and symbols have no JSON form; inside objects they are skipped below.
    return text === undefined ? "null" : text;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return canonicalJson((value as { toJSON: () => unknown }).toJSON());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function hashAuditEvent(fields: THashedAuditFields): string {
  const covered: THashedAuditFields = {
    workspaceId: fields.workspaceId,
    seq: fields.seq,
    actorType: fields.actorType,
    actorId: fields.actorId,
    action: fields.action,
    targetType: fields.targetType,
    targetId: fields.targetId,
    policyVersion: fields.policyVersion,
    ip: fields.ip,
    data: fields.data,
    createdAt: fields.createdAt,
    prevHash: fields.prevHash,
  };
  return createHash("sha256").update(canonicalJson(covered), "utf8").digest("hex");
}

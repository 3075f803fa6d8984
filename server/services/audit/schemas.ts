// Inputs of the audit log services: what an event names (actor, action,
// target) and the list filters. Plain zod (no server imports), so the
// dashboard's filters use the same vocabulary.
import { z } from "zod";

export const auditActorTypes = ["user", "api_key", "agent", "system", "github"] as const;
export type TAuditActorType = (typeof auditActorTypes)[number];

export const ZAuditActorType = z.enum(auditActorTypes, { error: `Actor types are ${auditActorTypes.join(", ")}.` });

// Actions are dotted lower-case names, domain first: "member.role_changed",
// "webhook.endpoint_created". The domain prefix is what the list filters on.
const ACTION_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

export const ZAuditAction = z.string().max(100, "Use at most 100 characters.").regex(ACTION_PATTERN, 'An action looks like "member.role_changed".');
export const ZAuditTargetType = z.string().max(50, "Use at most 50 characters.").regex(NAME_PATTERN, 'A target type looks like "membership".');

export const ZAppendAuditEventInput = z.object({
  workspaceId: z.string().min(1).max(64),
  actorType: ZAuditActorType,
  /** The user, API key, agent or GitHub installation id; null for the system. */
  actorId: z.string().max(200).nullish(),
  action: ZAuditAction,
  targetType: ZAuditTargetType,
  targetId: z.string().max(200).nullish(),
  /** The MCP/tool policy version a permission decision was made under. */
  policyVersion: z.number().int().nonnegative().nullish(),
  ip: z.string().max(100).nullish(),
  /** Small facts about the change. Redacted and capped (see sanitize-audit-data.ts); never put secrets here. */
  data: z.record(z.string(), z.unknown()).default({}),
});
export type TAppendAuditEventInput = z.input<typeof ZAppendAuditEventInput>;

const ZSeqCursor = z.string().regex(/^[1-9][0-9]{0,9}$/, "This cursor is not valid; use the nextCursor of a previous page.");

export const ZListAuditEventsInput = z.object({
  limit: z.coerce.number().int("Use a whole number.").min(1, "Use at least 1.").max(100, "Use at most 100.").default(50),
  /** The nextCursor of the previous page (the seq of its last event). */
  cursor: ZSeqCursor.nullish(),
  /** Events whose action starts with this, e.g. "member." or "apikey.created". */
  action: z
    .string()
    .trim()
    .max(100, "Use at most 100 characters.")
    .regex(/^[a-z0-9_.]*$/, "Filter actions by lower-case letters, digits, dots and underscores.")
    .optional(),
  actorType: ZAuditActorType.optional(),
  targetType: z.string().trim().max(50, "Use at most 50 characters.").optional(),
  /** From this moment on (inclusive). */
  since: z.coerce.date({ error: "since: use a valid date." }).optional(),
  /** Before this moment (exclusive). */
  until: z.coerce.date({ error: "until: use a valid date." }).optional(),
});
export type TListAuditEventsInput = z.input<typeof ZListAuditEventsInput>;

/** The head of an earlier export, to check the chain still holds it (nothing rewritten or cut off since). */
export const ZAuditChainAnchor = z.object({
  seq: z.number().int("Use a whole number.").nonnegative("Use 0 or more."),
  hash: z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, "A head hash is 64 hexadecimal characters."),
});

export const ZVerifyAuditChainInput = z.object({ anchor: ZAuditChainAnchor.optional() });
export type TVerifyAuditChainInput = z.input<typeof ZVerifyAuditChainInput>;

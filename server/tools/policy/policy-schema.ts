// The tool-policy document: which agent may use which tool of which MCP server,
// for which operations, on which paths, with which limits. Stored as versioned
// rows elsewhere; this is only its shape. Default deny: the empty document
// allows nothing, and a tool not named (nor matched by "*") is refused.
import { z } from "zod";

export const toolOperations = ["read", "write", "execute"] as const;
export const ZToolOperation = z.enum(toolOperations, { error: "Operations are read, write and execute." });
export type TToolOperation = z.infer<typeof ZToolOperation>;

export const DEFAULT_TOOL_LIMITS = { callsPerStep: 20, wallTimeMs: 120_000, resultBytes: 256 * 1024 } as const;

const ZRuleKey = z.string().trim().min(1, "Keys cannot be empty.").max(128, "Use at most 128 characters.");

export const ZToolRule = z
  .object({
    /** Absent: any operation of this tool. */
    operations: z.array(ZToolOperation).min(1, "List at least one operation, or leave operations out.").optional(),
    /** Globs relative to the sandbox root; every path argument must match one. Absent: anywhere in the sandbox. */
    paths: z.array(z.string().trim().min(1, "Globs cannot be empty.").max(512)).max(100).optional(),
    /** Each call waits for a person to approve it. */
    approval: z.boolean().optional(),
  })
  .strict();
export type TToolRule = z.infer<typeof ZToolRule>;

export const ZServerRule = z.object({ tools: z.record(ZRuleKey, ZToolRule) }).strict();
export type TServerRule = z.infer<typeof ZServerRule>;

export const ZToolLimits = z
  .object({
    callsPerStep: z.number().int("Use a whole number.").min(1).max(10_000).default(DEFAULT_TOOL_LIMITS.callsPerStep),
    wallTimeMs: z.number().int("Use a whole number.").min(1_000).max(24 * 3_600_000).default(DEFAULT_TOOL_LIMITS.wallTimeMs),
    resultBytes: z.number().int("Use a whole number.").min(1_024).max(64 * 1024 * 1024).default(DEFAULT_TOOL_LIMITS.resultBytes),
  })
  .strict();
export type TToolLimits = z.infer<typeof ZToolLimits>;

/** What one agent (or "*", every agent) may do; a step rule has the same shape. */
export const ZAgentRule = z
  .object({
    servers: z.record(ZRuleKey, ZServerRule).default({}),
    limits: ZToolLimits.optional(),
  })
  .strict();
export type TAgentRule = z.infer<typeof ZAgentRule>;

export const ZToolPolicy = z
  .object({
    /** By agent id, or "*" for every agent; the more specific rule wins. */
    agents: z.record(ZRuleKey, ZAgentRule).default({}),
    /** By workflow step id: REPLACES the agent rules for calls made in that step. */
    steps: z.record(ZRuleKey, ZAgentRule).default({}),
    /** Server name → tool name → operation, for tools whose annotations and name mislead. */
    operationOverrides: z.record(ZRuleKey, z.record(ZRuleKey, ZToolOperation)).default({}),
  })
  .strict();
export type TToolPolicy = z.output<typeof ZToolPolicy>;
export type TToolPolicyInput = z.input<typeof ZToolPolicy>;

/** The rule's limits with every default filled. */
export function resolveLimits(limits: Partial<TToolLimits> | undefined): TToolLimits {
  return { ...DEFAULT_TOOL_LIMITS, ...limits };
}

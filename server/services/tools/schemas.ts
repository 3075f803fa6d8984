// Inputs of the tool services: registering an MCP server (from a preset or
// custom), saving a policy version, paging the tool-call log. Plain zod (no
// server imports beyond the policy document's own schema), so the dashboard
// and the REST layer's OpenAPI document use the same schemas.
import { z } from "zod";
import { ZToolPolicy } from "@/server/tools/policy/policy-schema";

export const toolTransports = ["stdio", "http"] as const;
export type TToolTransport = (typeof toolTransports)[number];

export const toolCallDecisions = ["allowed", "denied", "approval_required", "approved", "rejected"] as const;
export type TToolCallDecision = (typeof toolCallDecisions)[number];

export const toolCallOutcomes = ["ok", "error", "denied", "pending"] as const;
export type TToolCallOutcome = (typeof toolCallOutcomes)[number];

/** A server's name is how the policy and the agents refer to it, so it is kept short and plain. */
export const ZToolServerName = z
  .string({ error: "Name the server." })
  .trim()
  .min(1, "Name the server.")
  .max(40, "Use at most 40 characters.")
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "Use lowercase letters, digits, - and _, starting with a letter or digit (e.g. github or docs-fs).");

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$/;

/** Names to sealed values; each bad name is reported as its own field. */
const ZSecretMap = (pattern: RegExp, badName: string, what: string) =>
  z.record(z.string(), z.string().max(8_000, "Use at most 8,000 characters.")).superRefine((entries, ctx) => {
    const names = Object.keys(entries);
    if (names.length > 30) ctx.addIssue({ code: "custom", message: `Use at most 30 ${what}.` });
    for (const name of names) if (!pattern.test(name)) ctx.addIssue({ code: "custom", path: [name], message: badName });
  });

export const ZCreateToolServerInput = z
  .object({
    name: ZToolServerName,
    preset: z
      .string()
      .trim()
      .min(1, "Choose a preset, or custom.")
      .max(40, "That is not a preset.")
      .default("custom")
      .describe("A preset id (filesystem, github, …) or custom."),
    fields: z
      .record(z.string().max(64), z.string().max(8_000, "Use at most 8,000 characters."))
      .refine((f) => Object.keys(f).length <= 20, "Send at most 20 fields.")
      .default({})
      .describe("A preset's field values by field key; secret fields are sealed and never shown again."),
    transport: z.enum(toolTransports, { error: "Transports are stdio and http." }).optional().describe("Custom servers: how to reach the server."),
    command: z.string().trim().max(500, "Use at most 500 characters.").optional().describe("Custom stdio servers: the program to start."),
    args: z.array(z.string().max(2_000, "Use at most 2,000 characters."), { error: "Send the arguments as a list of strings." }).max(50, "Use at most 50 arguments.").default([]),
    env: ZSecretMap(ENV_NAME, "Environment variable names use letters, digits and _, and do not start with a digit.", "environment variables")
      .default({})
      .describe("Custom stdio servers: environment variables, sealed; only their names are shown again."),
    url: z.string().trim().max(2_000, "Use a URL of at most 2,000 characters.").optional().describe("Custom http servers: the MCP endpoint."),
    headers: ZSecretMap(HEADER_NAME, "Header names use letters, digits and - (e.g. Authorization).", "headers")
      .default({})
      .describe("Custom http servers: request headers, sealed; only their names are shown again."),
  })
  .superRefine((input, ctx) => {
    if (input.preset !== "custom") return;
    if (!input.transport) ctx.addIssue({ code: "custom", path: ["transport"], message: "Choose stdio (a command) or http (a URL)." });
    if (input.transport === "stdio" && !input.command) ctx.addIssue({ code: "custom", path: ["command"], message: "Enter the command that starts the server." });
    if (input.transport === "http" && !input.url) ctx.addIssue({ code: "custom", path: ["url"], message: "Enter the server's URL." });
  });
export type TCreateToolServerInput = z.input<typeof ZCreateToolServerInput>;

const ZRowId = (what: string) => z.string({ error: `Which ${what}?` }).min(1, `Which ${what}?`).max(64, `That is not a ${what} id.`);

export const ZToolServerIdInput = z.object({ serverId: ZRowId("server") });
export type TToolServerIdInput = z.infer<typeof ZToolServerIdInput>;

export const ZSaveToolPolicyInput = z.object({
  document: ZToolPolicy,
  expectedVersion: z
    .number({ error: "Send the version you edited." })
    .int("Use a whole number.")
    .min(0, "Versions start at 0.")
    .max(1_000_000_000, "That is not a policy version.")
    .describe("The version the edit started from; a newer saved version refuses the save (409)."),
});
export type TSaveToolPolicyInput = z.input<typeof ZSaveToolPolicyInput>;

export const ZListToolPolicyVersionsInput = z.object({
  limit: z.coerce.number().int("Use a whole number.").min(1, "Use at least 1.").max(100, "Use at most 100.").default(20),
});
export type TListToolPolicyVersionsInput = z.input<typeof ZListToolPolicyVersionsInput>;

export const ZListToolCallsInput = z.object({
  runId: z.string().trim().min(1, "Which run?").max(64, "That is not a run id.").optional().describe("Only this run's tool calls."),
  limit: z.coerce.number().int("Use a whole number.").min(1, "Use at least 1.").max(100, "Use at most 100.").default(25).describe("Page size, at most 100."),
  cursor: z.string().max(200).optional().describe("The nextCursor of the previous page."),
});
export type TListToolCallsInput = z.input<typeof ZListToolCallsInput>;

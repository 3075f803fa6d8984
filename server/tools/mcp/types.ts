// The shapes the MCP layer speaks in: how a tool server is reached, what a
// tool looks like to the policy engine and the model, and what a call returns.
import { z } from "zod";

export const ZToolServerConfig = z
  .object({
    id: z.string().min(1),
    workspaceId: z.string().min(1),
    name: z.string().min(1),
    transport: z.enum(["stdio", "http"]),
    command: z.string().min(1).optional(),
    args: z.array(z.string()).default([]),
    /** The child's whole environment besides PATH/HOME: the app's own env is never passed on. */
    env: z.record(z.string(), z.string()).default({}),
    /** stdio only: the child's working directory, normally the run's sandbox (working copy). */
    cwd: z.string().optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    headers: z.record(z.string(), z.string()).default({}),
  })
  .refine((c) => (c.transport === "stdio" ? Boolean(c.command) : Boolean(c.url)), {
    message: "A stdio server needs a command; an http server needs a URL.",
  });

export type TToolServerConfig = z.output<typeof ZToolServerConfig>;

export type TToolAnnotations = {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
};

export type TToolDescriptor = {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
  annotations?: TToolAnnotations;
};

export type TToolResult = {
  content: unknown[];
  structuredContent?: unknown;
  isError: boolean;
  /** The text parts joined, for summaries and for the model. */
  text: string;
  /** Size of the JSON of content + structuredContent, for the result-size limit. */
  bytes: number;
};

export type TCallOptions = { timeoutMs?: number; signal?: AbortSignal };

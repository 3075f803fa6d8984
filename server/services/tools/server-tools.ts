// A server's cached tool list: read back from its JSON column, and classified
// as read / write / execute the way the policy engine will classify each call
// (the policy's operation overrides win over the preset's, which win over the
// tool's annotations and name).
import { z } from "zod";
import type { TToolDescriptor } from "@/server/tools/mcp/types";
import { toolOperation } from "@/server/tools/policy/operation";
import type { TToolOperation, TToolPolicy } from "@/server/tools/policy/policy-schema";

export type TServerTool = TToolDescriptor & { operation: TToolOperation };

const ZStoredTool = z.object({
  name: z.string(),
  description: z.string().catch(""),
  inputSchema: z.record(z.string(), z.unknown()).catch({}),
  annotations: z
    .object({ title: z.string(), readOnlyHint: z.boolean(), destructiveHint: z.boolean(), idempotentHint: z.boolean(), openWorldHint: z.boolean() })
    .partial()
    .optional()
    .catch(undefined),
});

/** The tools saved by the last successful test; null when none was (or the column holds something else). */
export function storedTools(json: unknown): TToolDescriptor[] | null {
  const parsed = z.array(ZStoredTool).safeParse(json);
  if (!parsed.success) return null;
  return parsed.data.map(({ annotations, ...tool }) => (annotations ? { ...tool, annotations } : tool));
}

export type TOperationOverrides = Record<string, TToolOperation>;

/** One server's overrides: the preset's, then the policy's on top. */
export function serverOperationOverrides(serverName: string, presetOverrides: TOperationOverrides | undefined, policy: Pick<TToolPolicy, "operationOverrides"> | null): TOperationOverrides {
  const fromPolicy = policy && Object.hasOwn(policy.operationOverrides, serverName) ? policy.operationOverrides[serverName] : undefined;
  return { ...presetOverrides, ...fromPolicy };
}

export function classifyTools(serverName: string, tools: TToolDescriptor[], overrides: TOperationOverrides): TServerTool[] {
  return tools.map((tool) => ({ ...tool, operation: toolOperation(serverName, tool, { [serverName]: overrides }) }));
}

import { z } from "zod";
import { ZAgentDefinitionBody } from "@/server/agents/definition-schema";

const ZKey = z.string().trim().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "Use snake_case, e.g. backend_developer_strict.").max(64);

export const ZCreateCustomAgentInput = z.object({
  key: ZKey,
  /** A built-in agent id to fork, or omitted to start from a blank template. */
  forkOf: z.string().min(1).max(64).optional(),
  name: z.string().trim().min(3).max(60).optional(),
});
export type TCreateCustomAgentInput = z.infer<typeof ZCreateCustomAgentInput>;

export const ZPublishAgentVersionInput = z.object({
  key: ZKey,
  definition: ZAgentDefinitionBody.omit({ id: true }),
  note: z.string().trim().max(500).default(""),
});
export type TPublishAgentVersionInput = z.input<typeof ZPublishAgentVersionInput>;

export const ZAgentKeyInput = z.object({ key: ZKey });
export const ZRollbackAgentInput = z.object({ key: ZKey, version: z.number().int().min(1) });
export const ZDiffAgentVersionsInput = z.object({ key: ZKey, from: z.number().int().min(1), to: z.number().int().min(1) });

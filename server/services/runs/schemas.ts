// Inputs of the run services.
import { z } from "zod";

const ZId = z.string().trim().min(1, "is required").max(64);

export const ZStartRunInput = z
  .object({
    projectId: ZId,
    /** A built-in template, or one of the workspace's workflows (latest version unless given). */
    templateId: z.string().trim().min(1).max(80).optional(),
    workflowId: ZId.optional(),
    version: z.number().int().positive().optional(),
    task: z.string().trim().min(10, "describe the task in a sentence or more").max(20_000, "is too long (20,000 characters at most)"),
  })
  .refine((v) => Boolean(v.templateId) !== Boolean(v.workflowId), { message: "Choose a workflow: a template or one of your workflows.", path: ["templateId"] });
export type TStartRunInput = z.infer<typeof ZStartRunInput>;

export const ZRunRefInput = z.object({ runId: ZId });

export const ZDecideApprovalInput = z.object({
  runId: ZId,
  approvalId: ZId,
  approved: z.boolean(),
  comment: z.string().trim().max(2_000).optional(),
  /** Approving may add to the next steps' input. */
  inputEdit: z.string().trim().max(20_000).optional(),
});
export type TDecideApprovalInput = z.infer<typeof ZDecideApprovalInput>;

export const ZResumeRunInput = z.object({
  runId: ZId,
  fromStep: z.string().trim().min(1, "choose the step to resume from").max(64),
  override: z
    .object({
      prompt: z.string().trim().min(1).max(8_000).optional(),
      model: z.string().trim().regex(/^(openai|anthropic|compatible|offline):\S+$/, "write provider:model, e.g. openai:gpt-5-mini").optional(),
      input: z.string().trim().min(1).max(20_000).optional(),
    })
    .optional(),
});
export type TResumeRunInput = z.infer<typeof ZResumeRunInput>;

export const ZListRunsInput = z.object({ projectId: ZId.optional(), limit: z.number().int().min(1).max(100).default(50) });

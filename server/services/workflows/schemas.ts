// Inputs of the workflow services. Definitions arrive as data (the visual
// editor) or as JSON/YAML text (the text view); both go through the same
// validation.
import { z } from "zod";
import { workflowTextFormats } from "@/server/workflows/definition/workflow-text";

const ZId = z.string().trim().min(1, "is required").max(64);

export const ZDefinitionSource = z.union([
  z.object({ text: z.string().max(200_000, "is too long"), format: z.enum(workflowTextFormats) }),
  z.object({ definition: z.unknown().refine((v) => v !== undefined, "is required") }),
]);
export type TDefinitionSource = z.infer<typeof ZDefinitionSource>;

export const ZCreateWorkflowInput = z.object({
  name: z.string().trim().min(3, "must be at least 3 characters").max(80),
  fromTemplate: z.string().trim().min(1).max(80).optional(),
  /** A whole definition to start from instead of a template; validated against the workspace's agents. */
  definition: z.unknown().optional(),
});

export const ZWorkflowRefInput = z.object({ workflowId: ZId });
export const ZWorkflowVersionInput = z.object({ workflowId: ZId, version: z.number().int().positive() });
export const ZSaveWorkflowInput = z.intersection(z.object({ workflowId: ZId }), ZDefinitionSource);
export const ZValidateWorkflowInput = ZDefinitionSource;
export const ZWorkflowTextInput = z.object({ workflowId: ZId, version: z.number().int().positive().optional(), format: z.enum(workflowTextFormats) });

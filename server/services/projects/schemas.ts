import { z } from "zod";

// Facts the workflow engine branches on (DESIGN §5 conditions).
export const projectFacts = {
  has_ai_features: "Uses AI/ML features",
  needs_mobile: "Needs a mobile app",
  enterprise_deployment: "Enterprise deployment (SSO, compliance, multi-region)",
} as const;
export type TProjectFact = keyof typeof projectFacts;

export const ZProjectSettings = z
  .object({
    repositoryUrl: z
      .union([z.literal(""), z.url({ protocol: /^https?$/, message: "Enter an http(s) URL." })])
      .optional(),
    facts: z.partialRecord(z.enum(Object.keys(projectFacts) as [TProjectFact, ...TProjectFact[]]), z.boolean()).optional(),
  })
  .strict();
export type TProjectSettings = z.infer<typeof ZProjectSettings>;

export const ZProjectName = z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters.");
const ZDescription = z.string().trim().max(2000, "Use at most 2,000 characters.");

export const ZCreateProjectInput = z.object({
  name: ZProjectName,
  description: ZDescription.optional(),
  settings: ZProjectSettings.optional(),
});
export type TCreateProjectInput = z.infer<typeof ZCreateProjectInput>;

export const ZProjectIdInput = z.object({ projectId: z.string().min(1) });
export type TProjectIdInput = z.infer<typeof ZProjectIdInput>;

export const ZUpdateProjectInput = ZProjectIdInput.extend({
  name: ZProjectName.optional(),
  description: ZDescription.optional(),
  settings: ZProjectSettings.optional(),
});
export type TUpdateProjectInput = z.infer<typeof ZUpdateProjectInput>;

export const ZSetProjectArchivedInput = ZProjectIdInput.extend({ archived: z.boolean() });
export type TSetProjectArchivedInput = z.infer<typeof ZSetProjectArchivedInput>;

export const ZListProjectsInput = z.object({ status: z.enum(["active", "archived", "all"]).default("active") });
export type TListProjectsInput = z.input<typeof ZListProjectsInput>;

export const ZGetProjectInput = z.union([z.object({ projectSlug: z.string().trim().min(1).max(64) }), z.object({ projectId: z.string().min(1).max(64) })]);
export type TGetProjectInput = z.infer<typeof ZGetProjectInput>;

export const ZProjectPageInput = z.object({ status: z.enum(["active", "archived", "all"]).default("active") });

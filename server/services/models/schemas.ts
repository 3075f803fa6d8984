// Inputs of the model settings services.
import { z } from "zod";
import { modelTierIds } from "@/server/models/tiers";
import { realProviders } from "@/server/models/providers/provider-config";

const ZModelRef = z
  .string()
  .trim()
  .regex(/^(openai|anthropic|compatible):\S+$/, "write provider:model, e.g. openai:gpt-5-mini or compatible:llama3.1");

const ZUsd = z.number().min(0, "must be zero or more").max(1_000_000, "is larger than we accept (1,000,000)");

export const ZUpdateModelSettingsInput = z.object({
  tierModels: z.object(Object.fromEntries(modelTierIds.map((t) => [t, z.array(ZModelRef).max(6).optional()])) as Record<(typeof modelTierIds)[number], z.ZodOptional<z.ZodArray<typeof ZModelRef>>>).optional(),
  monthlyBudgetUsd: ZUsd.nullable().optional(),
  runBudgetUsd: ZUsd.nullable().optional(),
  cacheTtlSeconds: z.number().int().min(0).max(30 * 86_400).optional(),
  cacheNonDeterministic: z.boolean().optional(),
});
export type TUpdateModelSettingsInput = z.infer<typeof ZUpdateModelSettingsInput>;

export const ZSetProviderCredentialInput = z
  .object({
    provider: z.enum(realProviders),
    apiKey: z.string().trim().min(8, "looks too short for an API key").max(400).optional(),
    baseUrl: z.string().trim().url("must be a URL, e.g. http://localhost:11434/v1").optional(),
  })
  .refine((v) => v.provider !== "compatible" || Boolean(v.baseUrl), { message: "An OpenAI-compatible server needs its base URL." });
export type TSetProviderCredentialInput = z.infer<typeof ZSetProviderCredentialInput>;

export const ZRemoveProviderCredentialInput = z.object({ provider: z.enum(realProviders) });

// "Test" in Settings → Models: one tiny call through the real gateway (routing,
// retries, breaker, cost recording), never cached, so a key or base URL can be
// checked before agents depend on it.
import { z } from "zod";
import { AppError } from "@/server/errors/app-error";
import { getGateway } from "@/server/models/gateway";
import { modelTierIds } from "@/server/models/tiers";
import type { TAttempt } from "@/server/models/types";
import type { TWorkspaceScope } from "../shared/scope";

export const ZTestModelInput = z.object({ tier: z.enum(modelTierIds).default("fast"), model: z.string().trim().min(3).optional() });

export type TTestModelResult =
  | { ok: true; ref: string; offline: boolean; text: string; latencyMs: number; costUsd: number; attempts: TAttempt[] }
  | { ok: false; message: string; attempts: TAttempt[] };

export async function testModel(scope: TWorkspaceScope, raw: z.input<typeof ZTestModelInput>): Promise<TTestModelResult> {
  const input = ZTestModelInput.parse(raw);
  try {
    const result = await getGateway().callModel({
      workspaceId: scope.workspaceId,
      purpose: "test",
      tier: input.tier,
      model: input.model,
      messages: [{ role: "user", content: "Reply with the single word: ready" }],
      maxOutputTokens: 16,
      cache: "bypass",
      timeoutMs: 20_000,
    });
    if (!result.ok) return { ok: false, message: result.message, attempts: [] };
    return { ok: true, ref: result.ref, offline: result.offline, text: result.text.slice(0, 200), latencyMs: result.latencyMs, costUsd: result.costUsd, attempts: result.attempts };
  } catch (error) {
    if (error instanceof AppError && error.code !== "INVALID_INPUT") {
      return { ok: false, message: error.message, attempts: (error.details?.attempts as TAttempt[] | undefined) ?? [] };
    }
    throw error;
  }
}

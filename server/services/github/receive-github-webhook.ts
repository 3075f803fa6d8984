// The GitHub webhook intake: check the delivery is GitHub's (signature over the
// raw bytes), parse only what is read, record it once per X-GitHub-Delivery and
// apply its change in the same transaction (installation rows, a review
// request), then hand any follow-up work to the engine and answer at once.
import { ZodError } from "zod";
import { getDb } from "@/server/db/client";
import { isUniqueViolation } from "@/server/errors/app-error";
import { handlerFor } from "@/server/github/handlers";
import type { TApplied, TWebhookDecision } from "@/server/github/handlers/types";
import { sendEngineEvent } from "@/server/engine/engine";
import { ZWebhookEnvelope, type TWebhookEnvelope } from "@/server/github/payloads";
import { githubAppSettings } from "@/server/github/settings";
import { verifyGitHubSignature } from "@/server/github/verify-signature";
import { answers, type TGitHubWebhookAnswer } from "@/server/github/webhook-answer";

export type TReceiveGitHubWebhookInput = { headers: Headers; rawBody: Uint8Array };

// Delivery ids are GUIDs and event names short words; anything longer is not GitHub.
const HEADER_VALUE = /^[\w.-]{1,100}$/;

class DuplicateDelivery extends Error {}

export async function receiveGitHubWebhook({ headers, rawBody }: TReceiveGitHubWebhookInput): Promise<TGitHubWebhookAnswer> {
  const { webhookSecret, maxBodyBytes } = githubAppSettings();
  if (!webhookSecret) return answers.notConfigured();
  if (rawBody.byteLength > maxBodyBytes) return answers.tooLarge(maxBodyBytes);
  if (!verifyGitHubSignature(rawBody, headers.get("x-hub-signature-256"), webhookSecret)) return answers.badSignature();

  const deliveryId = headers.get("x-github-delivery")?.trim() ?? "";
  const event = headers.get("x-github-event")?.trim() ?? "";
  if (!HEADER_VALUE.test(deliveryId)) return answers.malformed("X-GitHub-Delivery is missing or malformed.");
  if (!HEADER_VALUE.test(event)) return answers.malformed("X-GitHub-Event is missing or malformed.");

  const payload = parseJson(rawBody);
  if (payload === undefined) return answers.malformed("The body is not a JSON object (send webhooks as application/json).");

  let envelope: TWebhookEnvelope;
  let decision: TWebhookDecision;
  try {
    envelope = ZWebhookEnvelope.parse(payload);
    const handler = handlerFor(event);
    decision = handler ? handler(payload, deliveryId) : { outcome: "ignored", reason: `event ${event} is not handled` };
  } catch (error) {
    if (error instanceof ZodError) return answers.malformed(`The ${event} payload is missing fields: ${issuesOf(error)}`);
    throw error;
  }

  const db = await getDb();
  const receivedAt = new Date();
  // Set inside the transaction (a closure, so not a plain variable TypeScript would narrow away).
  const result: { applied: TApplied } = { applied: undefined };
  try {
    await db.$transaction(async (tx) => {
      try {
        await tx.gitHubWebhookDelivery.create({
          data: {
            deliveryId,
            event,
            action: envelope.action ?? null,
            installationId: envelope.installation ? BigInt(envelope.installation.id) : null,
            repository: envelope.repository?.full_name ?? null,
            outcome: decision.outcome,
            reason: decision.outcome === "ignored" ? decision.reason : null,
            payloadBytes: rawBody.byteLength,
            receivedAt,
          },
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateDelivery();
        throw error;
      }
      if (decision.outcome === "accepted" && decision.apply) result.applied = await decision.apply(tx, receivedAt);
      if (result.applied?.ignoredReason) {
        await tx.gitHubWebhookDelivery.update({ where: { deliveryId }, data: { outcome: "ignored", reason: result.applied.ignoredReason } });
      }
    });
  } catch (error) {
    if (error instanceof DuplicateDelivery) return { status: 200, body: { duplicate: true, deliveryId } };
    throw error;
  }

  // After the commit: an event for work whose rows are not visible yet would find nothing.
  const { applied } = result;
  if (applied?.events?.length) await sendEngineEvent(applied.events);
  if (decision.outcome === "ping") return { status: 200, body: { ok: true, deliveryId } };
  if (decision.outcome === "ignored" || applied?.ignoredReason) return { status: 204 };
  return { status: 202, body: { accepted: true, deliveryId, event, action: envelope.action ?? null } };
}

/** The parsed body when it is a UTF-8 JSON object, otherwise undefined. */
function parseJson(rawBody: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(rawBody));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function issuesOf(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "(body)"}: ${issue.message}`)
    .join("; ");
}

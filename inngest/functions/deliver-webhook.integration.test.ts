// Outbound webhook delivery on the embedded durable runner, against real
// local receivers: retries on the (shortened) schedule, the attempt log,
// signatures a receiver can verify, redelivery, giving up, SSRF refusal at
// delivery time, and one workspace's events never reaching another's endpoint.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import { createRunRecord } from "@/server/services/runs/create-run-record";
import { finishRun } from "@/server/services/runs/execution/run-state";
import { enqueueRunEvent } from "@/server/services/webhooks/enqueue-run-event";
import { makeWorkspace } from "@/server/testing/fixtures";
import { configureWebhookDelivery } from "@/server/webhooks/delivery-settings";
import { verifyWebhookSignature } from "@/server/webhooks/sign";
import { eventually, startWebhookReceiver, type TWebhookReceiver } from "@/server/webhooks/testing/webhook-receiver";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";

type TWorkspace = Awaited<ReturnType<typeof makeWorkspace>>;

const receivers: TWebhookReceiver[] = [];
let restoreSettings: () => void;

beforeAll(async () => {
  // Loopback receivers, and retries in milliseconds instead of minutes and hours.
  restoreSettings = configureWebhookDelivery({ allowPrivateTargets: true, retryDelays: [40, 40, 40] });
  await embeddedRunner();
});
afterAll(async () => {
  await stopEmbeddedRunner();
  restoreSettings();
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(options: { script?: number[]; then?: number } = {}) {
  const r = await startWebhookReceiver(options);
  receivers.push(r);
  return r;
}

/** A finished run of a one-step workflow, through the run services. */
async function finishedRun(ws: TWorkspace, outcome: "succeeded" | "failed") {
  const project = await ws.as("owner").project.create({ workspaceSlug: ws.slug, name: `Hooks ${Math.random().toString(36).slice(2, 8)}` });
  const definition = ZWorkflowDefinition.parse({ name: "Notify test", steps: [{ id: "gate", kind: "approval", approval: { prompt: "Ship it?" } }] });
  const run = await createRunRecord({
    workspaceId: ws.workspace.id,
    projectId: project.id,
    workflowRef: "test:notify",
    workflowName: "Notify test",
    definition,
    agents: {},
    task: "Notify the receivers.",
    engine: "embedded",
    startedById: null,
    stepSeeds: outcome === "failed" ? { gate: { status: "failed", error: "Approval rejected." } } : {},
  });
  await finishRun({ runId: run.id, workspaceId: ws.workspace.id });
  return { ref: { runId: run.id, workspaceId: ws.workspace.id }, run, project };
}

async function deliveries(ws: TWorkspace, endpointId: string) {
  return (await ws.as("admin").webhook.deliveries({ workspaceSlug: ws.slug, endpointId })).data;
}

const settled = (rows: { status: string }[]) => rows.length > 0 && rows.every((d) => d.status === "succeeded" || d.status === "failed");

describe("webhook delivery", () => {
  let ws: TWorkspace;
  let hook: TWebhookReceiver;
  let endpointId: string;
  let secret: string;

  beforeAll(async () => {
    ws = await makeWorkspace("Hooks");
    hook = await receiver({ script: [500, 500], then: 200 });
    const created = await ws.as("admin").webhook.create({ workspaceSlug: ws.slug, url: hook.url, events: ["run.failed", "run.succeeded"], description: "CI" });
    endpointId = created.endpoint.id;
    secret = created.secret;
  });

  it("retries after 500, 500 and succeeds on 200: three attempts logged, each signed with the secret shown at creation", async () => {
    const { ref, run, project } = await finishedRun(ws, "succeeded");
    const queued = await enqueueRunEvent(ref, "run.succeeded");
    expect(queued.queued).toBe(1);
    const [delivery] = await eventually(() => deliveries(ws, endpointId), settled);

    expect(delivery).toMatchObject({ eventId: queued.eventId, eventType: "run.succeeded", status: "succeeded", attempts: 3, lastStatus: 200, lastError: null, nextAttemptAt: null });
    expect(delivery!.deliveredAt).toBeInstanceOf(Date);
    expect(delivery!.log.map((a) => [a.attempt, a.status, a.error, a.responseSnippet])).toEqual([
      [1, 500, "The endpoint answered 500.", "nope (500)"],
      [2, 500, "The endpoint answered 500.", "nope (500)"],
      [3, 200, null, "thanks"],
    ]);
    expect(delivery!.log.every((a) => a.durationMs >= 0 && a.durationMs < 5_000)).toBe(true);

    expect(hook.received).toHaveLength(3);
    for (const request of hook.received) {
      expect(verifyWebhookSignature(secret, request.headers, request.body)).toMatchObject({ ok: true, id: queued.eventId });
      expect(verifyWebhookSignature(secret, request.headers, request.body.replace("succeeded", "failed")).ok).toBe(false);
    }
    // The backoff is respected between attempts.
    expect(hook.received[1]!.at - hook.received[0]!.at).toBeGreaterThanOrEqual(35);
    expect(hook.received[2]!.at - hook.received[1]!.at).toBeGreaterThanOrEqual(35);

    const body = JSON.parse(hook.received[2]!.body) as Record<string, unknown>;
    expect(body).toEqual({
      id: queued.eventId,
      type: "run.succeeded",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: {
        run: {
          id: run.id,
          number: 1,
          status: "succeeded",
          projectId: project.id,
          workflowName: "Notify test",
          startedAt: null,
          finishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          error: null,
          costUsd: 0,
        },
      },
    });
    expect(hook.received[0]!.headers["content-type"]).toBe("application/json");

    // The engine step that queued it is retried (e.g. after a crash): no second delivery.
    expect(await enqueueRunEvent(ref, "run.succeeded")).toEqual({ eventId: queued.eventId, queued: 0 });
    await (await embeddedRunner()).idle();
    expect(await deliveries(ws, endpointId)).toHaveLength(1);
    expect(hook.received).toHaveLength(3);
  });

  it("redelivers with the same event id and payload, logging the new attempt", async () => {
    const [before] = await deliveries(ws, endpointId);
    const pending = await ws.as("admin").webhook.redeliver({ workspaceSlug: ws.slug, deliveryId: before!.id });
    expect(pending).toMatchObject({ id: before!.id, status: "pending", eventId: before!.eventId });
    const [after] = await eventually(() => deliveries(ws, endpointId), (rows) => rows[0]?.attempts === 4 && settled(rows));
    expect(after).toMatchObject({ status: "succeeded", attempts: 4, lastStatus: 200 });
    expect(after!.log.map((a) => a.attempt)).toEqual([1, 2, 3, 4]);
    expect(hook.received).toHaveLength(4);
    const last = hook.received[3]!;
    expect(verifyWebhookSignature(secret, last.headers, last.body)).toMatchObject({ ok: true, id: before!.eventId });
    expect(JSON.parse(last.body)).toEqual(JSON.parse(hook.received[2]!.body));
  });

  it("sends an event only to endpoints subscribed to it, and the list shows the last delivery", async () => {
    const other = await receiver();
    const onlyFailures = await ws.as("admin").webhook.create({ workspaceSlug: ws.slug, url: other.url, events: ["run.failed"] });
    const { ref } = await finishedRun(ws, "succeeded");
    expect((await enqueueRunEvent(ref, "run.succeeded")).queued).toBe(1);
    await eventually(() => deliveries(ws, endpointId), (rows) => rows.length === 2 && settled(rows));
    expect(await deliveries(ws, onlyFailures.endpoint.id)).toEqual([]);
    expect(other.received).toHaveLength(0);

    const failed = await finishedRun(ws, "failed");
    expect((await enqueueRunEvent(failed.ref, "run.failed")).queued).toBe(2);
    const [toOther] = await eventually(() => deliveries(ws, onlyFailures.endpoint.id), settled);
    expect(toOther).toMatchObject({ eventType: "run.failed", status: "succeeded", attempts: 1 });
    expect(JSON.parse(other.received[0]!.body)).toMatchObject({ type: "run.failed", data: { run: { status: "failed", error: 'Step "gate" failed: Approval rejected.' } } });

    const list = await ws.as("admin").webhook.list({ workspaceSlug: ws.slug });
    expect(list.map((e) => e.id)).toEqual([onlyFailures.endpoint.id, endpointId]);
    expect(list[0]!.lastDelivery).toMatchObject({ id: toOther!.id, eventType: "run.failed", status: "succeeded", lastStatus: 200 });
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it("gives up after the last retry: failed, every attempt logged", async () => {
    const restore = configureWebhookDelivery({ retryDelays: [20, 20] });
    try {
      const down = await receiver({ then: 503 });
      const team = await makeWorkspace("Down");
      const { endpoint } = await team.as("owner").webhook.create({ workspaceSlug: team.slug, url: down.url, events: ["run.succeeded"] });
      const { ref } = await finishedRun(team, "succeeded");
      await enqueueRunEvent(ref, "run.succeeded");
      const [delivery] = await eventually(() => deliveries(team, endpoint.id), settled);
      expect(delivery).toMatchObject({ status: "failed", attempts: 3, lastStatus: 503, lastError: "The endpoint answered 503.", deliveredAt: null, nextAttemptAt: null });
      expect(delivery!.log.map((a) => a.status)).toEqual([503, 503, 503]);
      expect(down.received).toHaveLength(3);
    } finally {
      restore();
    }
  });

  it("refuses at delivery time a loopback target the deployment does not allow, and logs why", async () => {
    const target = await receiver();
    const team = await makeWorkspace("Strict");
    // Saved while private targets were allowed; the deployment then stops allowing them.
    const { endpoint } = await team.as("owner").webhook.create({ workspaceSlug: team.slug, url: target.url, events: ["run.succeeded"] });
    const restore = configureWebhookDelivery({ allowPrivateTargets: false, retryDelays: [] });
    try {
      const { ref } = await finishedRun(team, "succeeded");
      await enqueueRunEvent(ref, "run.succeeded");
      const [delivery] = await eventually(() => deliveries(team, endpoint.id), settled);
      expect(delivery).toMatchObject({ status: "failed", attempts: 1, lastStatus: null, lastError: "Refused: 127.0.0.1 is a loopback address." });
      expect(target.received).toHaveLength(0);
    } finally {
      restore();
    }
  });
});

describe("webhook tenancy", () => {
  it("never sends workspace A's events to workspace B's endpoint", async () => {
    const a = await makeWorkspace("Alpha");
    const b = await makeWorkspace("Beta");
    const aHook = await receiver();
    const bHook = await receiver();
    const aEndpoint = await a.as("owner").webhook.create({ workspaceSlug: a.slug, url: aHook.url, events: ["run.succeeded", "run.failed", "run.waiting_approval"] });
    const bEndpoint = await b.as("owner").webhook.create({ workspaceSlug: b.slug, url: bHook.url, events: ["run.succeeded", "run.failed", "run.waiting_approval"] });

    const done = await finishedRun(a, "succeeded");
    const failed = await finishedRun(a, "failed");
    await enqueueRunEvent(done.ref, "run.succeeded");
    await enqueueRunEvent(failed.ref, "run.failed");
    // Even a run id named with B's workspace finds nothing to send.
    expect(await enqueueRunEvent({ runId: done.run.id, workspaceId: b.workspace.id }, "run.succeeded")).toMatchObject({ queued: 0 });

    await eventually(() => deliveries(a, aEndpoint.endpoint.id), (rows) => rows.length === 2 && settled(rows));
    await (await embeddedRunner()).idle();
    expect(aHook.received).toHaveLength(2);
    expect(bHook.received).toHaveLength(0);
    expect(await deliveries(b, bEndpoint.endpoint.id)).toEqual([]);
    await expect(b.as("owner").webhook.deliveries({ workspaceSlug: b.slug, endpointId: aEndpoint.endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

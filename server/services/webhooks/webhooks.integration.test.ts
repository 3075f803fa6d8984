// The webhook endpoint services through the tRPC procedures (validation, the
// secret shown once, listing, deleting, the delivery log's pages) and the
// events a real run emits from its workflow (server/runs/execute-run.ts).
import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { decryptSecret } from "@/server/crypto/secret-box";
import { getDb } from "@/server/db/client";
import { embeddedRunner, stopEmbeddedRunner } from "@/server/engine/engine";
import { makeWorkspace } from "@/server/testing/fixtures";
import { configureWebhookDelivery } from "@/server/webhooks/delivery-settings";
import { verifyWebhookSignature } from "@/server/webhooks/sign";
import { eventually, startWebhookReceiver } from "@/server/webhooks/testing/webhook-receiver";
import { runEventId } from "./run-event-payload";

afterAll(() => stopEmbeddedRunner());

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return { code: (error as TRPCError).code, message: (error as TRPCError).message };
}

describe("webhook endpoints", () => {
  it("refuses bad input with a 4xx that says what is wrong", async () => {
    const { as, slug } = await makeWorkspace("Validation");
    const create = (input: Record<string, unknown>) => refusal(as("admin").webhook.create({ workspaceSlug: slug, url: "https://hooks.example.com/x", events: ["run.succeeded"], ...input } as never));
    expect(await create({ url: "http://127.0.0.1:8080/hook" })).toEqual({ code: "BAD_REQUEST", message: "url: Webhooks can't be sent to a loopback address (127.0.0.1); use a public address." });
    expect(await create({ url: "http://0x7f000001/" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("loopback address (127.0.0.1)") });
    expect(await create({ url: "http://169.254.169.254/latest/meta-data/" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("link-local") });
    expect(await create({ url: "http://[::ffff:10.0.0.1]/" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("private (10.0.0.1)") });
    expect(await create({ url: "ftp://example.com/" })).toMatchObject({ code: "BAD_REQUEST", message: "url: Use an http:// or https:// URL, not ftp://." });
    expect(await create({ url: "https://me:secret@example.com/" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Remove the user name and password") });
    expect(await create({ url: "nonsense" })).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Enter a full URL") });
    expect(await create({ url: "" })).toMatchObject({ code: "BAD_REQUEST", message: "url: Enter the URL that should receive the events." });
    expect(await create({ url: `https://example.com/${"a".repeat(2_001)}` })).toMatchObject({ code: "BAD_REQUEST", message: "url: Use a URL of at most 2,000 characters." });
    expect(await create({ events: [] })).toMatchObject({ code: "BAD_REQUEST", message: "events: Choose at least one event." });
    expect(await create({ events: ["run.started"] })).toMatchObject({ code: "BAD_REQUEST", message: "events.0: Events are run.succeeded, run.failed, run.waiting_approval." });
    expect(await create({ events: "run.failed" })).toMatchObject({ code: "BAD_REQUEST", message: "events: Choose the events to send." });
    expect(await create({ description: "x".repeat(501) })).toMatchObject({ code: "BAD_REQUEST", message: "description: Use at most 500 characters." });
    expect(await refusal(as("admin").webhook.delete({ workspaceSlug: slug, endpointId: "" }))).toMatchObject({ code: "BAD_REQUEST", message: "endpointId: Which endpoint?" });
    expect(await refusal(as("admin").webhook.deliveries({ workspaceSlug: slug, endpointId: "x", limit: 500 }))).toMatchObject({ code: "BAD_REQUEST", message: "limit: Use at most 100." });
    expect(await refusal(as("admin").webhook.redeliver({ workspaceSlug: slug, deliveryId: "no_such_delivery" }))).toEqual({ code: "NOT_FOUND", message: "Webhook delivery not found." });
    expect(await as("admin").webhook.list({ workspaceSlug: slug })).toEqual([]);
  });

  it("shows the secret once, keeps it sealed, and lists, pages and deletes endpoints", async () => {
    const { as, slug, workspace, users } = await makeWorkspace("Secrets");
    const created = await as("admin").webhook.create({
      workspaceSlug: slug,
      url: " HTTPS://Hooks.Example.com/coral#ignored ",
      events: ["run.waiting_approval", "run.succeeded", "run.succeeded"],
      description: "  Deploy bot  ",
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.endpoint).toMatchObject({ url: "https://hooks.example.com/coral", events: ["run.succeeded", "run.waiting_approval"], description: "Deploy bot", disabledAt: null, lastDelivery: null });

    const db = await getDb();
    const row = await db.webhookEndpoint.findFirstOrThrow({ where: { id: created.endpoint.id, workspaceId: workspace.id } });
    expect(row.secretSealed).not.toContain(created.secret.slice(6));
    expect(decryptSecret(row.secretSealed, workspace.id)).toBe(created.secret);
    expect(row.createdById).toBe(users.admin.id);

    const second = await as("owner").webhook.create({ workspaceSlug: slug, url: "https://second.example.com/", events: ["run.failed"] });
    const list = await as("admin").webhook.list({ workspaceSlug: slug });
    expect(list.map((e) => e.id)).toEqual([second.endpoint.id, created.endpoint.id]);
    expect(JSON.stringify(list)).not.toContain(created.secret);
    expect(JSON.stringify(list)).not.toContain("secretSealed");

    // The delivery log, newest first, a page at a time.
    const base = { workspaceId: workspace.id, endpointId: created.endpoint.id, eventType: "run.succeeded", payload: { hello: "world" } };
    for (const [i, eventId] of ["evt_a", "evt_b", "evt_c"].entries()) await db.webhookDelivery.create({ data: { ...base, eventId, status: "failed", createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    const first = await as("admin").webhook.deliveries({ workspaceSlug: slug, endpointId: created.endpoint.id, limit: 2 });
    expect(first.data.map((d) => d.eventId)).toEqual(["evt_c", "evt_b"]);
    expect(first.data[0]).toMatchObject({ payload: { hello: "world" }, status: "failed", log: [], nextAttemptAt: null });
    const rest = await as("admin").webhook.deliveries({ workspaceSlug: slug, endpointId: created.endpoint.id, limit: 2, cursor: first.nextCursor! });
    expect(rest).toEqual({ data: [expect.objectContaining({ eventId: "evt_a" })], nextCursor: null });
    expect(await refusal(as("admin").webhook.deliveries({ workspaceSlug: slug, endpointId: created.endpoint.id, cursor: "garbage" }))).toMatchObject({ code: "BAD_REQUEST" });

    await as("admin").webhook.delete({ workspaceSlug: slug, endpointId: created.endpoint.id });
    expect((await as("admin").webhook.list({ workspaceSlug: slug })).map((e) => e.id)).toEqual([second.endpoint.id]);
    expect(await db.webhookDelivery.count({ where: { workspaceId: workspace.id, endpointId: created.endpoint.id } })).toBe(0);
    expect(await refusal(as("admin").webhook.delete({ workspaceSlug: slug, endpointId: created.endpoint.id }))).toEqual({ code: "NOT_FOUND", message: "Webhook endpoint not found." });
    expect(await refusal(as("admin").webhook.deliveries({ workspaceSlug: slug, endpointId: created.endpoint.id }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for admins: a member is told so", async () => {
    const { as, slug } = await makeWorkspace("Roles");
    expect(await refusal(as("member").webhook.list({ workspaceSlug: slug }))).toEqual({ code: "FORBIDDEN", message: "Your role (member) does not allow webhook.manage." });
  });
});

describe("events from a run", () => {
  it("sends run.waiting_approval when a gate opens and run.succeeded when the run finishes, once each", async () => {
    const restore = configureWebhookDelivery({ allowPrivateTargets: true, retryDelays: [50] });
    const hook = await startWebhookReceiver();
    try {
      const { as, slug, workspace } = await makeWorkspace("Run events");
      const { secret, endpoint } = await as("admin").webhook.create({ workspaceSlug: slug, url: hook.url, events: ["run.succeeded", "run.failed", "run.waiting_approval"] });
      const project = await as("member").project.create({ workspaceSlug: slug, name: "Task manager", description: "A task manager for small teams" });
      const started = await as("member").run.start({
        workspaceSlug: slug,
        projectId: project.id,
        templateId: "full-stack-web-app",
        task: "Build a task manager where teams create projects, assign tasks and track deadlines.",
      });
      const idle = async () => (await embeddedRunner()).idle();
      await idle();
      const waiting = await as("member").run.get({ workspaceSlug: slug, runId: started.id });
      expect(waiting.status).toBe("waiting_approval");
      const approval = waiting.approvals[0]!;

      await eventually(async () => hook.received.length, (n) => n === 1);
      const gate = hook.received[0]!;
      const gateEventId = runEventId({ runId: started.id, workspaceId: workspace.id }, "run.waiting_approval", { approvalId: approval.id, occurrence: `approval:${approval.stepId}` });
      expect(verifyWebhookSignature(secret, gate.headers, gate.body)).toMatchObject({ ok: true, id: gateEventId });
      expect(JSON.parse(gate.body)).toMatchObject({
        id: gateEventId,
        type: "run.waiting_approval",
        data: {
          run: { id: started.id, number: 1, status: "waiting_approval", projectId: project.id, workflowName: waiting.workflow.name, finishedAt: null, error: null },
          approval: { id: approval.id, stepId: approval.stepId, reason: "gate", prompt: approval.prompt },
        },
      });

      await as("member").run.decide({ workspaceSlug: slug, runId: started.id, approvalId: approval.id, approved: true });
      await idle();
      await eventually(async () => hook.received.length, (n) => n === 2);
      const done = hook.received[1]!;
      expect(verifyWebhookSignature(secret, done.headers, done.body).ok).toBe(true);
      const body = JSON.parse(done.body) as { type: string; data: { run: Record<string, unknown> } };
      expect(body.type).toBe("run.succeeded");
      expect(body.data.run).toMatchObject({ id: started.id, status: "succeeded", error: null, costUsd: expect.any(Number) });
      expect(typeof body.data.run.finishedAt).toBe("string");

      const log = await as("admin").webhook.deliveries({ workspaceSlug: slug, endpointId: endpoint.id });
      expect(log.data.map((d) => [d.eventType, d.status, d.attempts])).toEqual([
        ["run.succeeded", "succeeded", 1],
        ["run.waiting_approval", "succeeded", 1],
      ]);
    } finally {
      restore();
      await hook.close();
    }
  });
});

// The webhook intake end to end through the route handler: every relevant
// example payload GitHub documents (@octokit/webhooks-examples), signed with a
// test secret, plus the failure modes GitHub (or an impostor) can produce.
import { randomUUID } from "node:crypto";
import definitions from "@octokit/webhooks-examples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/github/route";
import { getDb } from "@/server/db/client";
import { REVIEW_TRIGGER_ACTIONS } from "@/server/github/handlers/pull-request";
import { configureGitHubApp } from "@/server/github/settings";
import { signGitHubPayload } from "@/server/github/verify-signature";
import { createProject } from "@/server/services/projects/create-project";
import { makeWorkspace } from "@/server/testing/fixtures";

const SECRET = "test-webhook-secret";
const EVENTS = ["pull_request", "issue_comment", "installation", "installation_repositories", "ping"] as const;

type TPayload = Record<string, unknown> & { action?: string };
type TDelivery = { event: string; payload: TPayload; body?: string | Uint8Array<ArrayBuffer>; deliveryId?: string; secret?: string; headers?: Record<string, string | null> };

function deliver({ event, payload, body = JSON.stringify(payload), deliveryId = randomUUID(), secret = SECRET, headers = {} }: TDelivery): Promise<Response> {
  const all: Record<string, string | null> = {
    "content-type": "application/json",
    "user-agent": "GitHub-Hookshot/test",
    "x-github-event": event,
    "x-github-delivery": deliveryId,
    "x-hub-signature-256": signGitHubPayload(body, secret),
    ...headers,
  };
  const present = Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null);
  return POST(new Request("http://localhost/api/webhooks/github", { method: "POST", headers: present, body }));
}

const examples = EVENTS.flatMap((name) => {
  const definition = definitions.find((d) => d.name === name);
  if (!definition) throw new Error(`@octokit/webhooks-examples has no ${name} examples`);
  return definition.examples.map((payload, index) => ({ event: name, index, payload: payload as unknown as TPayload }));
});
const exampleOf = (event: string, action: string): TPayload => structuredClone(examples.find((e) => e.event === event && e.payload.action === action)!.payload);

// What each example should get, from the rules in issue #9 (not from the code under test).
function expectedStatus(event: string, payload: TPayload): number {
  const action = payload.action ?? "";
  switch (event) {
    case "ping":
      return 200;
    case "installation":
      return ["created", "deleted", "suspend", "unsuspend"].includes(action) ? 202 : 204;
    case "installation_repositories":
      return ["added", "removed"].includes(action) ? 202 : 204;
    case "pull_request":
      // Drafts too: whether to review them is the repository's .coral.yml choice, read when the review starts.
      return REVIEW_TRIGGER_ACTIONS.includes(action) && payload.installation ? 202 : 204;
    default:
      return 204; // no issue_comment example is a /coral review command
  }
}

/** An installation connected to the test workspace, with every example repository linked to its project. */
const LINKED_INSTALLATION = 515_151;
const viaLinkedInstallation = (payload: TPayload): TPayload => ({ ...payload, installation: { id: LINKED_INSTALLATION } });

let restore: () => void;
let linked: { workspaceId: string; projectId: string };
beforeAll(async () => {
  // No app credentials: the reviews these deliveries queue end at once ("not configured") instead of calling GitHub.
  restore = configureGitHubApp({ webhookSecret: SECRET, appId: undefined, privateKey: undefined });
  const { workspace, users } = await makeWorkspace("Webhooks");
  const project = await createProject({ workspaceId: workspace.id, actor: { userId: users.owner.id, role: "owner" } }, { name: "Hello World" });
  linked = { workspaceId: workspace.id, projectId: project.id };
  // Every installation and repository the review-trigger examples name is connected and linked to the project.
  const db = await getDb();
  const pairs = new Map<string, { installationId: number; repoId: number; fullName: string }>();
  for (const { event, payload } of examples) {
    const repository = payload.repository as { id: number; full_name: string } | undefined;
    if ((event !== "pull_request" && event !== "issue_comment") || !repository) continue;
    const installations = [LINKED_INSTALLATION, ...(payload.installation ? [(payload.installation as { id: number }).id] : [])];
    for (const id of installations) pairs.set(`${id}/${repository.id}`, { installationId: id, repoId: repository.id, fullName: repository.full_name });
  }
  for (const pair of pairs.values()) {
    const installation = await db.gitHubInstallation.upsert({
      where: { installationId: BigInt(pair.installationId) },
      create: { installationId: BigInt(pair.installationId), accountLogin: "Codertocat", workspaceId: workspace.id },
      update: {},
    });
    await db.gitHubRepository.create({ data: { installationId: installation.id, repoId: BigInt(pair.repoId), fullName: pair.fullName, projectId: project.id } });
  }
});
afterAll(() => restore());

describe("POST /api/webhooks/github with GitHub's example payloads", () => {
  it("has examples of every event the intake handles", () => {
    for (const name of EVENTS) expect(examples.filter((e) => e.event === name).length).toBeGreaterThan(0);
    expect(examples.length).toBeGreaterThanOrEqual(50);
  });

  it.each(examples.map((e) => [`${e.event} ${e.payload.action ?? ""} #${e.index}`, e] as const))("accepts %s, never a 500", async (_name, { event, payload }) => {
    const deliveryId = randomUUID();
    const res = await deliver({ event, payload, deliveryId });
    const expected = expectedStatus(event, payload);
    expect(res.status).toBe(expected);
    const db = await getDb();
    const row = await db.gitHubWebhookDelivery.findUniqueOrThrow({ where: { deliveryId } });
    expect(row).toMatchObject({ event, action: payload.action ?? null, outcome: expected === 202 ? "accepted" : expected === 200 ? "ping" : "ignored" });
    expect(row.payloadBytes).toBe(Buffer.byteLength(JSON.stringify(payload)));
    if (expected === 202) expect(await res.json()).toEqual({ accepted: true, deliveryId, event, action: payload.action });
  });

  it.each(examples.map((e) => [`${e.event} ${e.payload.action ?? ""} #${e.index}`, e] as const))("refuses %s with a bad signature (401), recording nothing", async (_name, { event, payload }) => {
    const deliveryId = randomUUID();
    const res = await deliver({ event, payload, deliveryId, secret: "not-the-secret" });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await (await getDb()).gitHubWebhookDelivery.count({ where: { deliveryId } })).toBe(0);
  });
});

describe("POST /api/webhooks/github", () => {
  it("does the work of a delivery once: a redelivery answers 200 duplicate", async () => {
    const payload = viaLinkedInstallation(exampleOf("pull_request", "opened"));
    const deliveryId = randomUUID();
    const first = await deliver({ event: "pull_request", payload, deliveryId });
    expect(first.status).toBe(202);
    const second = await deliver({ event: "pull_request", payload, deliveryId });
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ duplicate: true, deliveryId });
    expect(await (await getDb()).gitHubWebhookDelivery.count({ where: { deliveryId } })).toBe(1);
  });

  it("lets only one of two concurrent copies of a delivery through", async () => {
    const payload = exampleOf("installation", "created");
    const deliveryId = randomUUID();
    const statuses = (await Promise.all([deliver({ event: "installation", payload, deliveryId }), deliver({ event: "installation", payload, deliveryId })])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 202]);
    expect(await (await getDb()).gitHubWebhookDelivery.count({ where: { deliveryId } })).toBe(1);
  });

  it("answers 413 for a body over 25 MB, declared or streamed", async () => {
    const body = JSON.stringify({ zen: "x".repeat(26 * 1024 * 1024) });
    const declared = await deliver({ event: "ping", payload: {}, body });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ status: 413, title: "Payload too large" });

    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.byteLength; offset += 1024 * 1024) controller.enqueue(bytes.subarray(offset, offset + 1024 * 1024));
        controller.close();
      },
    });
    const headers = { "x-github-event": "ping", "x-github-delivery": randomUUID(), "x-hub-signature-256": signGitHubPayload(body, SECRET) };
    const streamed = await POST(new Request("http://localhost/api/webhooks/github", { method: "POST", headers, body: stream, duplex: "half" } as RequestInit));
    expect(streamed.status).toBe(413);
  });

  it("answers 400 without the delivery or event header", async () => {
    const payload = exampleOf("pull_request", "opened");
    const noDelivery = await deliver({ event: "pull_request", payload, headers: { "x-github-delivery": null } });
    expect(noDelivery.status).toBe(400);
    expect((await noDelivery.json()).detail).toMatch(/X-GitHub-Delivery/);
    const noEvent = await deliver({ event: "pull_request", payload, headers: { "x-github-event": null } });
    expect(noEvent.status).toBe(400);
    expect((await noEvent.json()).detail).toMatch(/X-GitHub-Event/);
  });

  it.each([
    ["not JSON", "{not json"],
    ["a JSON array", "[1,2]"],
    ["JSON null", "null"],
    ["form-encoded", "payload=%7B%7D"],
    ["empty", ""],
    // A JSON object whose string holds a lone 0xFF byte.
    ["invalid UTF-8", Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])],
  ])("answers 400 to a correctly signed body that is %s", async (_name, body) => {
    const res = await deliver({ event: "pull_request", payload: {}, body });
    expect(res.status).toBe(400);
    expect((await res.json()).title).toBe("Malformed request");
  });

  it.each([
    ["pull_request", { action: "opened" }],
    ["pull_request", { action: "opened", pull_request: "two" }],
    ["issue_comment", { action: "created", comment: {} }],
    ["installation", { action: "created", installation: { id: "957387" } }],
    ["installation_repositories", { action: "added", installation: { id: 1 }, repositories_added: [{ id: 1 }] }],
    ["ping", { installation: { id: -1 } }],
  ])("answers 400 to a %s payload missing what it needs, recording nothing", async (event, payload) => {
    const deliveryId = randomUUID();
    const res = await deliver({ event, payload: payload as TPayload, deliveryId });
    expect(res.status).toBe(400);
    expect(await (await getDb()).gitHubWebhookDelivery.count({ where: { deliveryId } })).toBe(0);
  });

  it("queues a review of a linked repository's pull request, drafts included (their fate is .coral.yml's)", async () => {
    const payload = viaLinkedInstallation(exampleOf("pull_request", "opened"));
    (payload.pull_request as { draft: boolean }).draft = true;
    const deliveryId = randomUUID();
    expect((await deliver({ event: "pull_request", payload, deliveryId })).status).toBe(202);
    const review = await (await getDb()).gitHubReview.findUniqueOrThrow({ where: { deliveryId } });
    expect(review).toMatchObject({ workspaceId: linked.workspaceId, projectId: linked.projectId, pullNumber: (payload.pull_request as { number: number }).number, trigger: "opened" });
  });

  it("ignores a pull request of a repository no project reviews (204, with the reason recorded)", async () => {
    const payload = viaLinkedInstallation(exampleOf("pull_request", "opened"));
    payload.repository = { ...(payload.repository as object), id: 999_000_111, full_name: "someone/else" };
    const deliveryId = randomUUID();
    expect((await deliver({ event: "pull_request", payload, deliveryId })).status).toBe(204);
    const db = await getDb();
    expect((await db.gitHubWebhookDelivery.findUniqueOrThrow({ where: { deliveryId } })).outcome).toBe("ignored");
    expect((await db.gitHubWebhookDelivery.findUniqueOrThrow({ where: { deliveryId } })).reason).toMatch(/not connected|not linked/);
    expect(await db.gitHubReview.count({ where: { deliveryId } })).toBe(0);
  });

  it.each([
    ["/coral review", true],
    ["  /coral review security-specialist\nplease", true],
    ["/coral reviewer", false],
    ["please /coral review", false],
  ])("treats a pull-request comment %j as a review command: %s", async (body, accepted) => {
    const payload = viaLinkedInstallation(exampleOf("issue_comment", "created"));
    (payload.comment as { body: string }).body = body;
    (payload.issue as { pull_request: object }).pull_request = { url: "https://api.github.com/repos/Codertocat/Hello-World/pulls/1" };
    const deliveryId = randomUUID();
    expect((await deliver({ event: "issue_comment", payload, deliveryId })).status).toBe(accepted ? 202 : 204);
    expect((await (await getDb()).gitHubWebhookDelivery.findUniqueOrThrow({ where: { deliveryId } })).outcome).toBe(accepted ? "accepted" : "ignored");
  });

  it("ignores /coral review on a plain issue", async () => {
    const payload = exampleOf("issue_comment", "created");
    (payload.comment as { body: string }).body = "/coral review";
    delete (payload.issue as { pull_request?: object }).pull_request;
    expect((await deliver({ event: "issue_comment", payload })).status).toBe(204);
  });

  it("records events it does not handle as ignored (204)", async () => {
    const deliveryId = randomUUID();
    const res = await deliver({ event: "star", payload: { action: "created", repository: { full_name: "octo/repo" }, installation: { id: 77 } }, deliveryId });
    expect(res.status).toBe(204);
    expect(await (await getDb()).gitHubWebhookDelivery.findUniqueOrThrow({ where: { deliveryId } })).toMatchObject({
      event: "star",
      action: "created",
      outcome: "ignored",
      reason: "event star is not handled",
      repository: "octo/repo",
      installationId: 77n,
    });
  });

  it("answers 404 saying the app is not configured when there is no webhook secret", async () => {
    const undo = configureGitHubApp({ webhookSecret: undefined });
    try {
      const res = await deliver({ event: "ping", payload: { zen: "hi" } });
      expect(res.status).toBe(404);
      expect((await res.json()).detail).toMatch(/GitHub App is not configured/);
    } finally {
      undo();
    }
  });
});

describe("installation events keep installations and repositories true", () => {
  const INSTALLATION = 424242;
  const withInstallation = (payload: TPayload) => ({ ...payload, installation: { ...(payload.installation as object), id: INSTALLATION } });
  const send = async (event: string, payload: TPayload) => expect((await deliver({ event, payload: withInstallation(payload) })).status).toBe(202);
  const state = async () => {
    const db = await getDb();
    const installation = await db.gitHubInstallation.findUniqueOrThrow({ where: { installationId: BigInt(INSTALLATION) } });
    const repositories = await db.gitHubRepository.findMany({ where: { installationId: installation.id }, orderBy: { fullName: "asc" } });
    return { installation, repositories: repositories.map((r) => ({ fullName: r.fullName, repoId: r.repoId, removed: r.removedAt !== null })) };
  };

  it("follows created → added → removed → suspend → unsuspend → deleted", async () => {
    await send("installation", exampleOf("installation", "created"));
    let now = await state();
    expect(now.installation).toMatchObject({ accountLogin: "Codertocat", accountType: "User", workspaceId: null, suspendedAt: null, removedAt: null });
    expect(now.repositories).toEqual([{ fullName: "Codertocat/Hello-World", repoId: 186853002n, removed: false }]);

    const added = exampleOf("installation_repositories", "added");
    await send("installation_repositories", added);
    now = await state();
    expect(now.repositories.map((r) => [r.fullName, r.removed])).toEqual([
      ["Codertocat/Hello-World", false],
      ["Codertocat/Space", false],
    ]);

    const removed = exampleOf("installation_repositories", "removed");
    removed.repositories_removed = [{ id: 186853002, full_name: "Codertocat/Hello-World", private: false }];
    await send("installation_repositories", removed);
    now = await state();
    expect(now.repositories.map((r) => [r.fullName, r.removed])).toEqual([
      ["Codertocat/Hello-World", true],
      ["Codertocat/Space", false],
    ]);

    await send("installation", exampleOf("installation", "suspend"));
    expect((await state()).installation.suspendedAt?.toISOString()).toBe("2021-04-29T02:32:50.000Z");
    await send("installation", exampleOf("installation", "unsuspend"));
    expect((await state()).installation.suspendedAt).toBeNull();

    await send("installation", exampleOf("installation", "deleted"));
    now = await state();
    expect(now.installation.removedAt).toBeInstanceOf(Date);
    expect(now.repositories.every((r) => r.removed)).toBe(true);

    // Reinstalling with the same id brings it back with the repositories GitHub lists.
    await send("installation", exampleOf("installation", "created"));
    now = await state();
    expect(now.installation.removedAt).toBeNull();
    expect(now.repositories.map((r) => [r.fullName, r.removed])).toEqual([
      ["Codertocat/Hello-World", false],
      ["Codertocat/Space", true],
    ]);
  });
});

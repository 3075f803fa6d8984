// /webhooks over the REST pipeline: admin scope only, secret once, SSRF refusal
// as a named field, pagination, isolation.
import { beforeAll, describe, expect, it } from "vitest";
import { configureWebhookDelivery } from "@/server/webhooks/delivery-settings";
import { makeWorkspace } from "@/server/testing/fixtures";
import { apiClientFor } from "../testing/api-client";

type TClient = Awaited<ReturnType<typeof apiClientFor>>;
let admin: TClient;
let writer: TClient;
let other: TClient;

beforeAll(async () => {
  const a = await makeWorkspace("Hooks A");
  const b = await makeWorkspace("Hooks B");
  admin = await apiClientFor(a.workspace.id, ["admin"]);
  writer = await apiClientFor(a.workspace.id, ["read", "write", "runs:execute"]);
  other = await apiClientFor(b.workspace.id, ["admin"]);
});

describe("/webhooks", () => {
  it("creates an endpoint with its secret once, lists it without, deletes it", async () => {
    const created = await admin.call("POST", "/webhooks", { body: { url: "https://hooks.example.com/coral", events: ["run.failed", "run.succeeded"] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: "https://hooks.example.com/coral", events: ["run.succeeded", "run.failed"], secret: expect.stringMatching(/^whsec_/) });
    const listed = await admin.call("GET", "/webhooks");
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0]).not.toHaveProperty("secret");
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    expect((await admin.call("DELETE", `/webhooks/${created.body.id}`)).status).toBe(204);
    expect((await admin.call("GET", "/webhooks")).body.data).toEqual([]);
  });

  it("refuses internal targets and bad events as named fields", async () => {
    configureWebhookDelivery({ allowPrivateTargets: false });
    const internal = await admin.call("POST", "/webhooks", { body: { url: "http://169.254.169.254/latest/meta-data", events: ["run.failed"] } });
    expect(internal.status).toBe(422);
    expect(internal.body.detail).toContain("url");
    const events = await admin.call("POST", "/webhooks", { body: { url: "https://hooks.example.com/x", events: ["run.exploded"] } });
    expect(events.status).toBe(422);
    expect(events.body.errors[0].field).toBe("body.events.0");
  });

  it("needs the admin scope, and another workspace's endpoint is not found", async () => {
    expect((await writer.call("GET", "/webhooks")).status).toBe(403);
    const mine = await admin.call("POST", "/webhooks", { body: { url: "https://hooks.example.com/mine", events: ["run.failed"] } });
    expect((await other.call("DELETE", `/webhooks/${mine.body.id}`)).status).toBe(404);
    expect((await other.call("GET", "/webhooks")).body.data).toEqual([]);
    expect((await admin.call("GET", "/webhooks")).body.data.map((e: { id: string }) => e.id)).toContain(mine.body.id);
  });
});

// The audit chain against a real database (PGlite and PostgreSQL): appends
// link up, concurrent appends serialise, verification finds edited, deleted,
// reordered and rewritten rows, the list pages and filters, and the export
// re-verifies on its own.
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";
import { appendAuditEvent, auditActorOf } from "./append-audit-event";
import { GENESIS_HASH, hashAuditEvent, type THashedAuditFields } from "./audit-hash";
import { exportAuditEvents } from "./export-audit-events";
import { listAuditEvents } from "./list-audit-events";
import { REDACTED } from "./sanitize-audit-data";
import { verifyAuditChain } from "./verify-audit-chain";

async function workspaceWithEvents(n: number, name = "Audit") {
  const ws = await makeWorkspace(name);
  const appended = [];
  for (let i = 1; i <= n; i++) {
    appended.push(await appendAuditEvent({ workspaceId: ws.workspace.id, actorType: "user", actorId: ws.users.owner.id, action: `test.event_${i % 3}`, targetType: "thing", targetId: `t${i}`, data: { i } }));
  }
  return { ws, workspaceId: ws.workspace.id, appended };
}

async function rawUpdate(sql: TemplateStringsArray, ...values: unknown[]) {
  await (await getDb()).$executeRaw(sql, ...values);
}

describe("appendAuditEvent", () => {
  it("numbers events from 1 and links each to the hash before it", async () => {
    const { workspaceId, appended } = await workspaceWithEvents(3);
    expect(appended.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(appended[0]!.prevHash).toBe(GENESIS_HASH);
    expect(appended[1]!.prevHash).toBe(appended[0]!.hash);
    expect(appended[2]!.prevHash).toBe(appended[1]!.hash);
    expect(await verifyAuditChain(workspaceId)).toEqual({ ok: true, events: 3, head: appended[2]!.hash });
  });

  it("stores what it hashed: the recipe recomputes every stored row", async () => {
    const { workspaceId } = await workspaceWithEvents(0, "Recipe");
    // Data the database rewrites in its own way (jsonb reorders keys, normalises numbers) still hashes equally.
    const event = await appendAuditEvent({
      workspaceId,
      actorType: "agent",
      actorId: "qa_testing",
      action: "tool.called",
      targetType: "tool",
      targetId: "fs.read",
      policyVersion: 7,
      ip: "203.0.113.9",
      data: { z: [1.5, "ü ✓", null, { b: true, a: -0 }], a: 12345678901234, nested: { deep: { er: "x" } } },
    });
    const row = await (await getDb()).auditEvent.findFirstOrThrow({ where: { workspaceId, seq: event.seq } });
    const fields: THashedAuditFields = { ...row, data: row.data, createdAt: row.createdAt.toISOString() };
    expect(hashAuditEvent(fields)).toBe(row.hash);
    expect(row).toMatchObject({ actorType: "agent", policyVersion: 7, ip: "203.0.113.9" });
  });

  it("redacts secrets in data before they reach the chain", async () => {
    const { workspaceId } = await workspaceWithEvents(0, "Redact");
    await appendAuditEvent({ workspaceId, actorType: "system", action: "test.secret", targetType: "thing", data: { webhookSecret: "whsec_x", apiKeyId: "k_1", note: "Bearer abc.def" } });
    const row = await (await getDb()).auditEvent.findFirstOrThrow({ where: { workspaceId } });
    expect(row.data).toEqual({ webhookSecret: REDACTED, apiKeyId: "k_1", note: REDACTED });
  });

  it("gives 30 concurrent appends seq 1…30 with an intact chain", async () => {
    const a = await workspaceWithEvents(0, "Burst A");
    const b = await workspaceWithEvents(0, "Burst B");
    const results = await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => appendAuditEvent({ workspaceId: a.workspaceId, actorType: "system", action: "test.burst", targetType: "thing", data: { i } })),
      ...Array.from({ length: 10 }, (_, i) => appendAuditEvent({ workspaceId: b.workspaceId, actorType: "system", action: "test.burst", targetType: "thing", data: { i } })),
    ]);
    expect(results.slice(0, 30).map((r) => r.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(results.slice(30).map((r) => r.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(await verifyAuditChain(a.workspaceId, { batchSize: 7 })).toMatchObject({ ok: true, events: 30 });
    expect(await verifyAuditChain(b.workspaceId)).toMatchObject({ ok: true, events: 10 });
  });

  it("commits with the caller's transaction, or not at all, leaving no gap", async () => {
    const { ws, workspaceId } = await workspaceWithEvents(1, "Tx");
    const db = await getDb();
    await expect(
      db.$transaction(async (tx) => {
        await appendAuditEvent({ ...auditActorOf({ workspaceId, actor: null }), action: "test.rolled_back", targetType: "thing" }, tx);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await db.$transaction(async (tx) => {
      await tx.workspace.update({ where: { id: workspaceId }, data: { name: "Tx renamed" } });
      await appendAuditEvent({ ...auditActorOf({ workspaceId, actor: { userId: ws.users.owner.id, role: "owner" } }), action: "workspace.renamed", targetType: "workspace", targetId: workspaceId }, tx);
    });
    const rows = await db.auditEvent.findMany({ where: { workspaceId }, orderBy: { seq: "asc" }, select: { seq: true, action: true, actorType: true, actorId: true } });
    expect(rows).toEqual([
      { seq: 1, action: "test.event_1", actorType: "user", actorId: ws.users.owner.id },
      { seq: 2, action: "workspace.renamed", actorType: "user", actorId: ws.users.owner.id },
    ]);
    expect(await verifyAuditChain(workspaceId)).toMatchObject({ ok: true, events: 2 });
  });

  it("refuses actions, targets and actor types outside the vocabulary", async () => {
    const base = { workspaceId: "w", actorType: "system" as const, action: "test.ok", targetType: "thing" };
    await expect(appendAuditEvent({ ...base, action: "NotDotted" })).rejects.toThrow(/member\.role_changed/);
    await expect(appendAuditEvent({ ...base, targetType: "Bad Type" })).rejects.toThrow(/membership/);
    await expect(appendAuditEvent({ ...base, actorType: "robot" as never })).rejects.toThrow(/Actor types are/);
  });
});

describe("verifyAuditChain", () => {
  it("answers ok with no events and the genesis head for an empty chain", async () => {
    const { workspaceId } = await workspaceWithEvents(0, "Empty");
    expect(await verifyAuditChain(workspaceId)).toEqual({ ok: true, events: 0, head: GENESIS_HASH });
  });

  it("finds a row whose data was edited", async () => {
    const { workspaceId } = await workspaceWithEvents(5, "Edited");
    await rawUpdate`UPDATE "AuditEvent" SET "data" = '{"i": 99}' WHERE "workspaceId" = ${workspaceId} AND "seq" = 3`;
    expect(await verifyAuditChain(workspaceId, { batchSize: 2 })).toEqual({ ok: false, brokenAt: 3, events: 2, reason: "Event #3 was changed after it was recorded: its contents no longer match its hash." });
  });

  it("finds a row whose actor was edited", async () => {
    const { workspaceId } = await workspaceWithEvents(3, "Actor");
    await rawUpdate`UPDATE "AuditEvent" SET "actorId" = 'someone-else' WHERE "workspaceId" = ${workspaceId} AND "seq" = 1`;
    expect(await verifyAuditChain(workspaceId)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it("finds a deleted row as a gap", async () => {
    const { workspaceId } = await workspaceWithEvents(5, "Deleted");
    await rawUpdate`DELETE FROM "AuditEvent" WHERE "workspaceId" = ${workspaceId} AND "seq" = 2`;
    expect(await verifyAuditChain(workspaceId)).toEqual({ ok: false, brokenAt: 2, events: 1, reason: "Event #2 is missing: the chain goes from #1 to #3." });
  });

  it("finds two rows that swapped places", async () => {
    const { workspaceId } = await workspaceWithEvents(4, "Swapped");
    await rawUpdate`UPDATE "AuditEvent" SET "seq" = -2 WHERE "workspaceId" = ${workspaceId} AND "seq" = 2`;
    await rawUpdate`UPDATE "AuditEvent" SET "seq" = 2 WHERE "workspaceId" = ${workspaceId} AND "seq" = 3`;
    await rawUpdate`UPDATE "AuditEvent" SET "seq" = 3 WHERE "workspaceId" = ${workspaceId} AND "seq" = -2`;
    expect(await verifyAuditChain(workspaceId)).toMatchObject({ ok: false, brokenAt: 2, events: 1 });
  });

  it("finds an edited row whose own hash was recomputed: the next one no longer links", async () => {
    const { workspaceId } = await workspaceWithEvents(3, "Rehashed");
    const db = await getDb();
    const row = await db.auditEvent.findFirstOrThrow({ where: { workspaceId, seq: 2 } });
    const forged = { ...row, data: { i: 1000 } };
    const hash = hashAuditEvent({ ...forged, createdAt: row.createdAt.toISOString() });
    await rawUpdate`UPDATE "AuditEvent" SET "data" = '{"i": 1000}', "hash" = ${hash} WHERE "workspaceId" = ${workspaceId} AND "seq" = 2`;
    expect(await verifyAuditChain(workspaceId)).toEqual({ ok: false, brokenAt: 3, events: 2, reason: "Event #3 does not link to event #2: one of them was replaced or reordered." });
  });

  it("finds a row outside the chain", async () => {
    const { workspaceId } = await workspaceWithEvents(2, "Stray");
    await rawUpdate`UPDATE "AuditEvent" SET "seq" = 0 WHERE "workspaceId" = ${workspaceId} AND "seq" = 1`;
    expect(await verifyAuditChain(workspaceId)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it("checks a kept head: a cut-off tail and a rewritten history both fail against it", async () => {
    const { workspaceId, appended } = await workspaceWithEvents(4, "Anchor");
    const anchor = { seq: 4, hash: appended[3]!.hash };
    expect(await verifyAuditChain(workspaceId, { anchor })).toMatchObject({ ok: true, events: 4 });
    await rawUpdate`DELETE FROM "AuditEvent" WHERE "workspaceId" = ${workspaceId} AND "seq" = 4`;
    expect(await verifyAuditChain(workspaceId)).toMatchObject({ ok: true, events: 3 });
    expect(await verifyAuditChain(workspaceId, { anchor })).toEqual({ ok: false, brokenAt: 4, events: 3, reason: "The chain ends at #3, but your kept head names #4: events were removed from the end." });
    expect(await verifyAuditChain(workspaceId, { anchor: { seq: 2, hash: "a".repeat(64) } })).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it("leaves other workspaces' chains alone", async () => {
    const a = await workspaceWithEvents(3, "Alpha");
    const b = await workspaceWithEvents(2, "Beta");
    await rawUpdate`DELETE FROM "AuditEvent" WHERE "workspaceId" = ${a.workspaceId} AND "seq" = 1`;
    expect(await verifyAuditChain(a.workspaceId)).toMatchObject({ ok: false, brokenAt: 1 });
    expect(await verifyAuditChain(b.workspaceId)).toEqual({ ok: true, events: 2, head: b.appended[1]!.hash });
  });
});

describe("listAuditEvents", () => {
  it("pages newest first by seq, with the actor's name", async () => {
    const { ws, workspaceId } = await workspaceWithEvents(5, "Pages");
    const scope = { workspaceId, actor: null };
    const first = await listAuditEvents(scope, { limit: 2 });
    expect(first.data.map((e) => e.seq)).toEqual([5, 4]);
    expect(first.nextCursor).toBe("4");
    expect(first.data[0]).toMatchObject({ actorType: "user", actorId: ws.users.owner.id, actor: { email: ws.users.owner.email }, targetId: "t5", data: { i: 5 } });
    const second = await listAuditEvents(scope, { limit: 2, cursor: first.nextCursor });
    expect(second.data.map((e) => e.seq)).toEqual([3, 2]);
    const last = await listAuditEvents(scope, { limit: 2, cursor: second.nextCursor });
    expect(last).toMatchObject({ data: [{ seq: 1 }], nextCursor: null });
  });

  it("filters by action prefix, actor type, target type and time", async () => {
    const { workspaceId } = await workspaceWithEvents(6, "Filters");
    await appendAuditEvent({ workspaceId, actorType: "system", action: "other.thing", targetType: "widget" });
    const scope = { workspaceId, actor: null };
    const seqs = async (input: Parameters<typeof listAuditEvents>[1]) => (await listAuditEvents(scope, input)).data.map((e) => e.seq);
    expect(await seqs({ action: "test.event_1" })).toEqual([4, 1]);
    expect(await seqs({ action: "other." })).toEqual([7]);
    expect(await seqs({ actorType: "system" })).toEqual([7]);
    expect(await seqs({ targetType: "widget" })).toEqual([7]);
    expect(await seqs({ until: new Date(Date.now() - 60_000) })).toEqual([]);
    expect(await seqs({ since: new Date(Date.now() - 60_000), action: "test.event_0" })).toEqual([6, 3]);
    expect(await seqs({ action: "" })).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("never shows another workspace's events", async () => {
    const a = await workspaceWithEvents(2, "Alpha list");
    const b = await workspaceWithEvents(0, "Beta list");
    expect(await listAuditEvents({ workspaceId: b.workspaceId, actor: null }, {})).toEqual({ data: [], nextCursor: null });
    expect((await listAuditEvents({ workspaceId: a.workspaceId, actor: null }, {})).data).toHaveLength(2);
  });

  it("refuses a forged cursor", async () => {
    await expect(listAuditEvents({ workspaceId: "w", actor: null }, { cursor: "1; DROP TABLE" })).rejects.toThrow(/cursor is not valid/);
  });
});

describe("exportAuditEvents", () => {
  it("writes a header, every event in seq order, and the head; the file re-verifies on its own", async () => {
    const { ws, workspaceId, appended } = await workspaceWithEvents(7, "Export");
    const file = await exportAuditEvents({ workspaceId, actor: { userId: ws.users.admin.id, role: "admin" } }, "198.51.100.4", new Date("2026-03-04T05:06:07Z"));
    expect(file.fileName).toBe("audit-log-2026-03-04.jsonl");
    expect(file.head).toEqual({ seq: 7, hash: appended[6]!.hash });
    let text = "";
    for await (const chunk of file.lines) text += chunk;
    const lines = text.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ kind: "coral.audit.export", version: 1, workspaceId, exportedAt: "2026-03-04T05:06:07.000Z" });
    expect(lines.at(-1)).toEqual({ kind: "coral.audit.head", events: 7, head: appended[6]!.hash });

    const events = lines.slice(1, -1);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    let prev = GENESIS_HASH;
    for (const { hash, ...fields } of events) {
      expect(fields.prevHash).toBe(prev);
      expect(hashAuditEvent(fields as THashedAuditFields)).toBe(hash);
      prev = hash as string;
    }

    // The export itself is recorded, after the head it exported.
    const recorded = await (await getDb()).auditEvent.findFirstOrThrow({ where: { workspaceId, seq: 8 } });
    expect(recorded).toMatchObject({ action: "audit.exported", actorType: "user", actorId: ws.users.admin.id, ip: "198.51.100.4", data: { events: 7, head: appended[6]!.hash } });
    expect(await verifyAuditChain(workspaceId, { anchor: file.head })).toMatchObject({ ok: true, events: 8 });
  });

  it("exports an empty chain as a header and a genesis head", async () => {
    const { workspaceId } = await workspaceWithEvents(0, "Empty export");
    const file = await exportAuditEvents({ workspaceId, actor: null });
    const chunks: string[] = [];
    for await (const chunk of file.lines) chunks.push(chunk);
    const lines = chunks.join("").trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toEqual({ kind: "coral.audit.head", events: 0, head: GENESIS_HASH });
  });
});

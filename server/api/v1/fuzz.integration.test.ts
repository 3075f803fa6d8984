// Property-based: malformed bodies, wrong types, huge strings, unicode, deep
// nesting, bad ids and junk queries sent to every endpoint. Each answer must be
// a 4xx problem+json (or a success only when the input was in fact valid),
// and a refused request must leave the database as it was.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { makeWorkspace } from "@/server/testing/fixtures";
import { apiClientFor } from "../testing/api-client";
import type { TEndpoint } from "../endpoint";
import { v1Endpoints } from ".";

type TClient = Awaited<ReturnType<typeof apiClientFor>>;
let client: TClient;
let projectId = "";

beforeAll(async () => {
  const ws = await makeWorkspace("Fuzz");
  client = await apiClientFor(ws.workspace.id, ["admin"]);
  projectId = (await client.call("POST", "/projects", { body: { name: "Target" } })).body.id;
});

async function fingerprint(): Promise<string> {
  const db = await getDb();
  const [projects, runs, workflows, keys, items] = await Promise.all([
    db.project.findMany({ select: { id: true, updatedAt: true, archivedAt: true }, orderBy: { id: "asc" } }),
    db.run.count(),
    db.workflow.count(),
    db.apiKey.count(),
    db.memoryItem.count(),
  ]);
  return JSON.stringify({ projects, runs, workflows, keys, items });
}

const junkString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", "../../etc/passwd", "%00", "null", "undefined", "' OR 1=1 --", "\u202e\u0000\ud83d", "a".repeat(5000), "🦀".repeat(300)),
);
const deep = fc.integer({ min: 50, max: 400 }).map((depth) => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});
const body = fc.oneof(
  fc.anything({ maxDepth: 4, withBigInt: false, withDate: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false, withBoxedValues: false, withNullPrototype: false }),
  deep,
  fc.record({ name: junkString, description: fc.anything({ maxDepth: 2 }), settings: fc.anything({ maxDepth: 3 }) }, { requiredKeys: [] }),
  fc.record({ projectId: fc.oneof(junkString, fc.constant(null).map(() => projectId)), workflowId: junkString, input: fc.anything({ maxDepth: 3 }) }, { requiredKeys: [] }),
);
const query = fc.dictionary(fc.constantFrom("limit", "cursor", "status", "projectId", "q", "x"), junkString, { maxKeys: 3 });

/** Percent-encodes every byte, so lone surrogates and control characters reach the server too. */
const encodeBytes = (s: string) => [...Buffer.from(s, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");

function pathFor(endpoint: TEndpoint, id: string): string {
  return endpoint.path.replace(/\{\w+\}/g, encodeBytes(id) || "x");
}

const refusing = v1Endpoints.filter((e) => !e.stream);

describe("fuzz: every endpoint refuses bad input with a problem", () => {
  it.each(refusing.map((e) => [`${e.method} ${e.path}`, e] as const))("%s", async (_, endpoint) => {
    await fc.assert(
      fc.asyncProperty(junkString, query, body, fc.boolean(), async (id, q, payload, rawJunk) => {
        const before = await fingerprint();
        const search = Object.entries(q).map(([k, v]) => `${k}=${encodeBytes(v)}`).join("&");
        const raw = rawJunk ? `{"broken": ${(JSON.stringify(payload) ?? "").slice(0, 20)}` : JSON.stringify(payload ?? null);
        const sent = endpoint.method === "GET" || endpoint.method === "DELETE" ? {} : { raw };
        const answer = await client.call(endpoint.method, `${pathFor(endpoint, id)}${search ? `?${search}` : ""}`, sent);
        if (answer.status < 300) {
          // Only acceptable when everything sent was valid for this endpoint —
          // judged on the JSON that went over the wire (undefined fields vanish there).
          if (endpoint.body) expect(rawJunk).toBe(false);
          if (endpoint.body) expect(endpoint.body.safeParse(JSON.parse(raw)).success).toBe(true);
          return;
        }
        expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400);
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
        expect(answer.headers.get("content-type")).toBe("application/problem+json");
        expect(answer.body).toMatchObject({ status: answer.status, title: expect.any(String), detail: expect.any(String) });
        expect(await fingerprint()).toBe(before);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 25) },
    );
  }, 120_000);
});

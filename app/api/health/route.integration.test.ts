import { afterAll, describe, expect, it } from "vitest";
import { createPostgresClient, getDb, setDb } from "@/server/db/client";
import { GET } from "./route";

const request = (path: string) => new Request(`http://localhost${path}`);

describe("GET /api/health", () => {
  it("answers liveness without touching the database", async () => {
    const res = await GET(request("/api/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("reports the database ready", async () => {
    const res = await GET(request("/api/health?ready=1"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", checks: { database: { status: "ok" } } });
    expect(body.checks.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  describe("when the database is unreachable", async () => {
    const working = await getDb();
    const broken = createPostgresClient("postgresql://postgres@127.0.0.1:9/nowhere");
    afterAll(async () => {
      setDb(working);
      await broken.$disconnect();
    });

    it("answers 503 with the reason", async () => {
      setDb(broken);
      const res = await GET(request("/api/health?ready=1"));
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.status).toBe("unavailable");
      expect(body.checks.database.status).toBe("down");
      expect(body.checks.database.error).toEqual(expect.any(String));
      // Liveness stays up: the process itself is fine.
      expect((await GET(request("/api/health"))).status).toBe(200);
    });
  });
});

// The demo workspace comes with an API key, shown only by the seed that made it.
import { describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed";
import { getDb } from "@/server/db/client";
import { authenticateApiKey } from "./authenticate-api-key";

describe("demo API key", () => {
  it("is created once with the seed, works, and is not recoverable afterwards", async () => {
    const first = await seedDemo();
    expect(first.created).toBe(true);
    expect(first.apiKey).toMatch(/^cc_live_[A-Za-z0-9]{32}$/);
    const caller = await authenticateApiKey(first.apiKey);
    expect(caller).toMatchObject({ workspaceSlug: first.workspaceSlug, name: "Demo key", scopes: ["read", "write", "runs:execute"] });

    const again = await seedDemo();
    expect(again).toEqual({ created: false, workspaceSlug: first.workspaceSlug, apiKey: null });
    const keys = await (await getDb()).apiKey.findMany({ where: { workspaceId: caller.workspaceId } });
    expect(keys).toHaveLength(1);
  });
});

// "Create the GitHub App" end to end: the manifest form from the router, then
// GitHub's redirect to GET /api/github/manifest, exchanged against a local
// HTTP server standing in for api.github.com. The credentials come back once,
// as env lines, and are stored nowhere.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as manifestRedirect } from "@/app/api/github/manifest/route";
import { currentUserId } from "@/server/auth/config";
import { getDb } from "@/server/db/client";
import { configureGitHubApp } from "@/server/github/settings";
import { makeWorkspace } from "@/server/testing/fixtures";
import { GITHUB_STATE_TTL_MS, signGitHubState } from "./install-state";

vi.mock("@/server/auth/config", () => ({ currentUserId: vi.fn() }));
vi.mock("@/server/auth/secret", () => ({ resolveAuthSecret: () => "integration-test-auth-secret" }));

const PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAtest\nline2+/=\n-----END RSA PRIVATE KEY-----\n";
const conversion = {
  id: 123456,
  slug: "coral-reviews-acme",
  name: "Coral reviews <acme>",
  html_url: "https://github.com/apps/coral-reviews-acme",
  owner: { login: "acme-inc" },
  webhook_secret: "whsec-from-github-9f8e7d",
  pem: PEM,
  client_id: "Iv1.abc",
  client_secret: "client-secret-for-the-installer-check",
};

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let server: Server;
let restore: () => void;
const codes = new Set<string>();
const requests: { method: string; path: string }[] = [];

function manifestState(role: "owner" | "admin" | "member" = "owner", now?: Date) {
  return signGitHubState({ purpose: "manifest", workspaceId: ws.workspace.id, userId: ws.users[role].id }, { now });
}

function redirectBack(query: Record<string, string>): Promise<Response> {
  return manifestRedirect(new Request(`http://localhost/api/github/manifest?${new URLSearchParams(query)}`));
}

/** The text a reader would copy out of the page's textarea. */
function envLinesOf(html: string): string {
  const inner = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? "";
  return inner.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

beforeAll(async () => {
  ws = await makeWorkspace("Manifest");
  server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", path: req.url ?? "" });
    const code = /^\/app-manifests\/([^/]+)\/conversions$/.exec(req.url ?? "")?.[1];
    res.setHeader("content-type", "application/json");
    // One use per code, as on GitHub.
    if (req.method !== "POST" || !code || !codes.delete(code)) {
      res.statusCode = 404;
      res.end(JSON.stringify({ message: "Not Found" }));
      return;
    }
    res.statusCode = 201;
    res.end(JSON.stringify(conversion));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  restore = configureGitHubApp({ apiBaseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});

afterAll(async () => {
  restore();
  await new Promise((resolve) => server.close(resolve));
});

describe("GET /api/github/manifest", () => {
  it("exchanges the code and shows the env lines once", async () => {
    vi.mocked(currentUserId).mockResolvedValue(ws.users.owner.id);
    const form = await ws.as("owner").github.createManifest({ workspaceSlug: ws.slug, name: "Coral reviews" });
    const state = new URL(form.action).searchParams.get("state")!;
    codes.add("code-one");

    const res = await redirectBack({ code: "code-one", state });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(requests.at(-1)).toEqual({ method: "POST", path: "/app-manifests/code-one/conversions" });

    const html = await res.text();
    expect(envLinesOf(html)).toBe(
      [
        "GITHUB_APP_ID=123456",
        "GITHUB_APP_SLUG=coral-reviews-acme",
        "GITHUB_WEBHOOK_SECRET=whsec-from-github-9f8e7d",
        'GITHUB_APP_PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEAtest\\nline2+/=\\n-----END RSA PRIVATE KEY-----"',
        // The OAuth client: connecting then proves who installed the app.
        "GITHUB_APP_CLIENT_ID=Iv1.abc",
        "GITHUB_APP_CLIENT_SECRET=client-secret-for-the-installer-check",
      ].join("\n"),
    );
    // GitHub's values are escaped, never markup.
    expect(html).toContain("Coral reviews &lt;acme&gt; is ready on GitHub");
    expect(html.match(/client-secret-for-the-installer-check/g)).toHaveLength(1);
    expect(html).toContain(`href="/${ws.slug}/settings/github"`);

    // Stored nowhere: no row anywhere holds the webhook secret.
    const db = await getDb();
    const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    for (const { table_name } of tables) {
      const hits = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}" t WHERE t::text LIKE '%whsec-from-github-9f8e7d%'`);
      expect(Number(hits[0]!.n), table_name).toBe(0);
    }

    // The code is spent: reloading the page shows GitHub's refusal, not the secrets again.
    const again = await redirectBack({ code: "code-one", state });
    expect(again.status).toBe(410);
    expect(await again.text()).not.toContain("whsec-from-github-9f8e7d");
  });

  it("refuses a state of another user, forged, or of the install flow without calling GitHub", async () => {
    codes.add("code-two");
    const before = requests.length;
    vi.mocked(currentUserId).mockResolvedValue(ws.users.admin.id);
    expect((await redirectBack({ code: "code-two", state: manifestState("owner") })).status).toBe(403);
    expect((await redirectBack({ code: "code-two", state: signGitHubState({ purpose: "manifest", workspaceId: ws.workspace.id, userId: ws.users.admin.id }, { secret: "forged" }) })).status).toBe(400);
    expect((await redirectBack({ code: "code-two", state: signGitHubState({ purpose: "install", workspaceId: ws.workspace.id, userId: ws.users.admin.id }) })).status).toBe(400);
    expect((await redirectBack({ code: "code-two", state: manifestState("admin", new Date(Date.now() - GITHUB_STATE_TTL_MS - 1)) })).status).toBe(400);
    vi.mocked(currentUserId).mockResolvedValue(ws.users.member.id);
    expect((await redirectBack({ code: "code-two", state: manifestState("member") })).status).toBe(403);
    expect(requests.length).toBe(before);
    expect(codes.has("code-two")).toBe(true);
  });

  it("sends a signed-out browser to sign in first", async () => {
    vi.mocked(currentUserId).mockResolvedValue(null);
    const res = await redirectBack({ code: "c", state: manifestState() });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/sign-in\?callbackUrl=%2Fapi%2Fgithub%2Fmanifest%3Fcode%3Dc%26state%3D/);
  });
});

// Connecting a GitHub installation to a workspace end to end through the
// setup route handler (GET /api/github/setup): the signed state, who may
// claim, never stealing another workspace's installation, and — with the
// app's credentials configured — asking a stand-in for api.github.com
// whether the installation exists, signed with the app's JWT.
import { generateKeyPairSync, verify } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TRPCError } from "@trpc/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as setup } from "@/app/api/github/setup/route";
import { POST as webhook } from "@/app/api/webhooks/github/route";
import { currentUserId } from "@/server/auth/config";
import { getDb } from "@/server/db/client";
import { configureGitHubApp } from "@/server/github/settings";
import { signGitHubPayload } from "@/server/github/verify-signature";
import { callerFor, makeUser, makeWorkspace } from "@/server/testing/fixtures";
import { GITHUB_STATE_TTL_MS, signGitHubState, verifyGitHubState } from "./install-state";

vi.mock("@/server/auth/config", () => ({ currentUserId: vi.fn() }));
vi.mock("@/server/auth/secret", () => ({ resolveAuthSecret: () => "integration-test-auth-secret" }));

let a: Awaited<ReturnType<typeof makeWorkspace>>;
let b: Awaited<ReturnType<typeof makeWorkspace>>;
let nextInstallationId = 7_000_001;
const newInstallationId = () => String(nextInstallationId++);

function signedInAs(userId: string | null) {
  vi.mocked(currentUserId).mockResolvedValue(userId);
}

function installState(ws: typeof a, role: "owner" | "admin" | "member" = "owner", now?: Date) {
  return signGitHubState({ purpose: "install", workspaceId: ws.workspace.id, userId: ws.users[role].id }, { now });
}

function callSetup(query: Record<string, string>): Promise<Response> {
  return setup(new Request(`http://localhost/api/github/setup?${new URLSearchParams(query)}`));
}

async function installationRow(installationId: string) {
  return (await getDb()).gitHubInstallation.findUnique({ where: { installationId: BigInt(installationId) } });
}

beforeAll(async () => {
  a = await makeWorkspace("Alpha");
  b = await makeWorkspace("Beta");
});

afterEach(() => vi.mocked(currentUserId).mockReset());

describe("GET /api/github/setup (app credentials not configured)", () => {
  let restore: () => void;
  beforeAll(() => {
    restore = configureGitHubApp({ appId: undefined, privateKey: undefined, webhookSecret: "setup-test-webhook-secret" });
  });
  afterAll(() => restore());

  it("claims the installation for the workspace in a valid state and redirects to its settings", async () => {
    signedInAs(a.users.owner.id);
    const id = newInstallationId();
    const res = await callSetup({ installation_id: id, setup_action: "install", state: installState(a) });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/${a.slug}/settings/github?github=connected`);
    expect(await installationRow(id)).toMatchObject({ workspaceId: a.workspace.id, accountLogin: "", removedAt: null });

    const audit = await (await getDb()).auditEvent.findFirst({ where: { workspaceId: a.workspace.id, action: "github.installation_connected" }, orderBy: { seq: "desc" } });
    expect(audit).toMatchObject({ actorType: "user", actorId: a.users.owner.id, targetType: "github_installation" });
    expect(audit?.data).toMatchObject({ installationId: id });
  });

  it("lets the webhook fill the account of an installation claimed before it arrived, keeping the workspace", async () => {
    signedInAs(a.users.admin.id);
    const id = newInstallationId();
    expect((await callSetup({ installation_id: id, setup_action: "install", state: installState(a, "admin") })).headers.get("location")).toMatch(/github=connected$/);

    const payload = {
      action: "created",
      installation: { id: Number(id), account: { login: "octo-org", type: "Organization" } },
      repositories: [{ id: 991, full_name: "octo-org/api", private: true }],
      sender: { login: "octocat" },
    };
    const body = JSON.stringify(payload);
    const res = await webhook(
      new Request("http://localhost/api/webhooks/github", {
        method: "POST",
        headers: { "content-type": "application/json", "x-github-event": "installation", "x-github-delivery": `d-${id}`, "x-hub-signature-256": signGitHubPayload(body, "setup-test-webhook-secret") },
        body,
      }),
    );
    expect(res.status).toBe(202);
    expect(await installationRow(id)).toMatchObject({ workspaceId: a.workspace.id, accountLogin: "octo-org", accountType: "Organization" });
  });

  it("answers a later setup_action=update for the same workspace as updated", async () => {
    signedInAs(a.users.owner.id);
    const id = newInstallationId();
    await callSetup({ installation_id: id, setup_action: "install", state: installState(a) });
    const res = await callSetup({ installation_id: id, setup_action: "update", state: installState(a) });
    expect(res.headers.get("location")).toBe(`/${a.slug}/settings/github?github=updated`);
    expect((await installationRow(id))?.workspaceId).toBe(a.workspace.id);
  });

  it("never hands an installation claimed by workspace A to workspace B", async () => {
    const id = newInstallationId();
    signedInAs(a.users.owner.id);
    await callSetup({ installation_id: id, state: installState(a) });

    signedInAs(b.users.owner.id);
    for (const setupAction of ["install", "update"]) {
      const res = await callSetup({ installation_id: id, setup_action: setupAction, state: installState(b) });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(`/${b.slug}/settings/github?github=claimed-elsewhere`);
    }
    expect((await installationRow(id))?.workspaceId).toBe(a.workspace.id);
  });

  it("lets only one of two workspaces racing for the same installation win", async () => {
    const id = newInstallationId();
    vi.mocked(currentUserId).mockResolvedValueOnce(a.users.owner.id).mockResolvedValueOnce(b.users.owner.id);
    const [fromA, fromB] = await Promise.all([callSetup({ installation_id: id, state: installState(a) }), callSetup({ installation_id: id, state: installState(b) })]);
    const noticeOf = (res: Response) => new URL(res.headers.get("location")!, "http://localhost").searchParams.get("github");
    expect([noticeOf(fromA), noticeOf(fromB)].sort()).toEqual(["claimed-elsewhere", "connected"]);
    const winner = noticeOf(fromA) === "connected" ? a : b;
    expect((await installationRow(id))?.workspaceId).toBe(winner.workspace.id);
  });

  it("refuses an expired state, back on the workspace's settings, claiming nothing", async () => {
    signedInAs(a.users.owner.id);
    const id = newInstallationId();
    const state = installState(a, "owner", new Date(Date.now() - GITHUB_STATE_TTL_MS - 1000));
    const res = await callSetup({ installation_id: id, state });
    expect(res.headers.get("location")).toBe(`/${a.slug}/settings/github?github=state-expired`);
    expect(await installationRow(id)).toBeNull();
  });

  it.each([
    ["signed with another secret", () => signGitHubState({ purpose: "install", workspaceId: a.workspace.id, userId: a.users.owner.id }, { secret: "attacker" })],
    [
      "edited to name another workspace",
      () => {
        const [payload, signature] = installState(b).split(".") as [string, string];
        const edited = { ...(JSON.parse(Buffer.from(payload, "base64url").toString()) as object), w: a.workspace.id, u: a.users.owner.id };
        return `${Buffer.from(JSON.stringify(edited)).toString("base64url")}.${signature}`;
      },
    ],
    ["of the manifest flow", () => signGitHubState({ purpose: "manifest", workspaceId: a.workspace.id, userId: a.users.owner.id })],
    ["garbage", () => "not-a-state"],
  ])("refuses a state %s with a page, claiming nothing", async (_name, forge) => {
    signedInAs(a.users.owner.id);
    const id = newInstallationId();
    const res = await callSetup({ installation_id: id, setup_action: "install", state: forge() });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toContain("This link is not valid");
    expect(await installationRow(id)).toBeNull();
  });

  it("refuses a state started by another user", async () => {
    signedInAs(a.users.admin.id);
    const id = newInstallationId();
    const res = await callSetup({ installation_id: id, state: installState(a, "owner") });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Started by someone else");
    expect(await installationRow(id)).toBeNull();
  });

  it("refuses a user who is no longer allowed to manage GitHub in the workspace", async () => {
    signedInAs(a.users.member.id);
    const id = newInstallationId();
    const res = await callSetup({ installation_id: id, state: installState(a, "member") });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("You can&#39;t connect GitHub to that workspace");
    expect(await installationRow(id)).toBeNull();
  });

  it("sends a signed-out browser to sign in, coming back to the same setup URL", async () => {
    signedInAs(null);
    const query = { installation_id: newInstallationId(), setup_action: "install", state: installState(a) };
    const res = await callSetup(query);
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe(`/api/github/setup?${new URLSearchParams(query)}`);
  });

  it("answers setup_action=request (an owner must approve) without claiming anything", async () => {
    signedInAs(a.users.owner.id);
    const res = await callSetup({ setup_action: "request", state: installState(a) });
    expect(res.headers.get("location")).toBe(`/${a.slug}/settings/github?github=requested`);
  });

  it("without a state, follows only an installation already connected to a workspace the user manages", async () => {
    const id = newInstallationId();
    signedInAs(a.users.owner.id);
    await callSetup({ installation_id: id, state: installState(a) });

    const followed = await callSetup({ installation_id: id, setup_action: "update" });
    expect(followed.headers.get("location")).toBe(`/${a.slug}/settings/github?github=updated`);

    signedInAs(b.users.owner.id);
    const refused = await callSetup({ installation_id: id, setup_action: "update" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Connect the installation from your workspace");
    const unknown = await callSetup({ installation_id: newInstallationId(), setup_action: "install" });
    expect(unknown.status).toBe(400);
    expect((await installationRow(id))?.workspaceId).toBe(a.workspace.id);
  });

  it.each([["0"], ["-5"], ["12abc"], ["99999999999999999999"]])("refuses installation_id=%s", async (installationId) => {
    signedInAs(a.users.owner.id);
    const res = await callSetup({ installation_id: installationId, state: installState(a) });
    expect(res.status).toBe(400);
  });

  it("does not offer an install link while the app is not configured", async () => {
    await expect(a.as("owner").github.installUrl({ workspaceSlug: a.slug })).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
  });
});

describe("with the app's credentials: GitHub must know the installation", () => {
  const APP_ID = "424242";
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const known = new Map<string, { login: string; type: string }>();
  const seen: { path: string; issuer: unknown; verified: boolean }[] = [];
  let server: Server;
  let restore: () => void;
  let failWith: number | null = null;
  let apiBaseUrl = "";

  beforeAll(async () => {
    server = createServer((req, res) => {
      const match = /^\/app\/installations\/(\d+)$/.exec(req.url ?? "");
      const token = /^bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
      const [header = "", payload = "", signature = ""] = token.split(".");
      const verified = verify("RSA-SHA256", Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, "base64url"));
      const claims = payload ? (JSON.parse(Buffer.from(payload, "base64url").toString()) as { iss?: unknown }) : {};
      seen.push({ path: req.url ?? "", issuer: claims.iss, verified });
      res.setHeader("content-type", "application/json");
      if (failWith) {
        res.statusCode = failWith;
        res.end(JSON.stringify({ message: "Server Error" }));
        return;
      }
      const account = match && req.method === "GET" && verified ? known.get(match[1]!) : undefined;
      if (!account) {
        res.statusCode = 404;
        res.end(JSON.stringify({ message: "Not Found", documentation_url: "https://docs.github.com/rest" }));
        return;
      }
      res.end(JSON.stringify({ id: Number(match![1]), account, suspended_at: null, app_id: Number(APP_ID) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    apiBaseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    restore = configureGitHubApp({
      appId: APP_ID,
      appSlug: "coral-test",
      privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      webhookSecret: "configured-webhook-secret",
      apiBaseUrl,
    });
  });
  afterAll(async () => {
    restore();
    await new Promise((resolve) => server.close(resolve));
  });

  it("claims an installation GitHub confirms, taking the account from GitHub's answer", async () => {
    const id = newInstallationId();
    known.set(id, { login: "acme-inc", type: "Organization" });
    signedInAs(a.users.owner.id);
    const res = await callSetup({ installation_id: id, setup_action: "install", state: installState(a) });
    expect(res.headers.get("location")).toBe(`/${a.slug}/settings/github?github=connected`);
    expect(await installationRow(id)).toMatchObject({ workspaceId: a.workspace.id, accountLogin: "acme-inc", accountType: "Organization" });
    // Asked as the app: a JWT signed with its private key, issued for its id.
    expect(seen.at(-1)).toEqual({ path: `/app/installations/${id}`, issuer: APP_ID, verified: true });
  });

  it("refuses an installation id GitHub does not know, creating no row", async () => {
    const id = newInstallationId();
    signedInAs(a.users.owner.id);
    const res = await callSetup({ installation_id: id, setup_action: "install", state: installState(a) });
    expect(res.headers.get("location")).toBe(`/${a.slug}/settings/github?github=unknown-installation`);
    expect(await installationRow(id)).toBeNull();
  });

  it("claims nothing when GitHub cannot answer", async () => {
    const id = newInstallationId();
    known.set(id, { login: "acme-inc", type: "Organization" });
    failWith = 503;
    try {
      signedInAs(a.users.owner.id);
      const res = await callSetup({ installation_id: id, state: installState(a) });
      expect(res.headers.get("location")).toBe(`/${a.slug}/settings/github?github=github-unreachable`);
      expect(await installationRow(id)).toBeNull();
    } finally {
      failWith = null;
    }
  });

  it("gives an admin an install link carrying a state for their workspace", async () => {
    const { url } = await a.as("admin").github.installUrl({ workspaceSlug: a.slug });
    const link = new URL(url);
    // The web host that goes with the API root: github.com for api.github.com, the host itself otherwise (Enterprise Server, this fake).
    expect(`${link.origin}${link.pathname}`).toBe(`${apiBaseUrl}/apps/coral-test/installations/new`);
    expect(verifyGitHubState(link.searchParams.get("state") ?? "", "install")).toMatchObject({ ok: true, state: { workspaceId: a.workspace.id, userId: a.users.admin.id } });
  });

  it("refuses the install link to a member", async () => {
    const error = await a.as("member").github.installUrl({ workspaceSlug: a.slug }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
  });

  it("refuses the install link of another workspace", async () => {
    const outsider = await makeUser("outsider");
    await expect(callerFor(outsider.id).github.installUrl({ workspaceSlug: a.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("with the app's OAuth client: the person connecting must be able to see the installation", () => {
  const CLIENT = { id: "Iv1.client", secret: "client-secret" };
  /** code → the installation ids GitHub would list for that user. */
  const codes = new Map<string, number[]>([
    ["code-installer", []],
    ["code-stranger", [1]],
  ]);
  const tokens = new Map<string, number[]>();
  let server: Server;
  let restore: () => void;

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      const url = new URL(req.url ?? "/", "http://localhost");
      if (req.method === "POST" && url.pathname === "/login/oauth/access_token") {
        let body = "";
        req.on("data", (chunk: Buffer) => (body += chunk.toString()));
        req.on("end", () => {
          const sent = JSON.parse(body) as { client_id: string; client_secret: string; code: string };
          const listed = sent.client_id === CLIENT.id && sent.client_secret === CLIENT.secret ? codes.get(sent.code) : undefined;
          codes.delete(sent.code);
          if (!listed) return res.end(JSON.stringify({ error: "bad_verification_code" }));
          const token = `ghu_${sent.code}`;
          tokens.set(token, listed);
          res.end(JSON.stringify({ access_token: token, token_type: "bearer" }));
        });
        return;
      }
      if (req.method === "GET" && url.pathname === "/user/installations") {
        const listed = tokens.get(/^bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "");
        if (!listed) return void ((res.statusCode = 401), res.end(JSON.stringify({ message: "Bad credentials" })));
        return res.end(JSON.stringify({ total_count: listed.length, installations: listed.map((id) => ({ id })) }));
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ message: "Not Found" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    // No app id/key: only the installer check talks to GitHub here.
    restore = configureGitHubApp({
      appId: undefined,
      privateKey: undefined,
      webhookSecret: "oauth-test-webhook-secret",
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      apiBaseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    });
  });
  afterAll(async () => {
    restore();
    await new Promise((resolve) => server.close(resolve));
  });

  it("connects the installation the signed-in person installed (GitHub lists it for their code)", async () => {
    const id = newInstallationId();
    codes.set("code-installer", [Number(id), 5]);
    signedInAs(a.users.owner.id);
    const res = await callSetup({ installation_id: id, setup_action: "install", state: installState(a), code: "code-installer" });
    expect(res.headers.get("location")).toBe(`/${a.slug}/settings/github?github=connected`);
    expect((await installationRow(id))?.workspaceId).toBe(a.workspace.id);
  });

  it("refuses someone else's installation id sent with a valid state of one's own", async () => {
    const id = newInstallationId();
    signedInAs(b.users.owner.id);
    const res = await callSetup({ installation_id: id, setup_action: "install", state: installState(b), code: "code-stranger" });
    expect(res.headers.get("location")).toBe(`/${b.slug}/settings/github?github=not-your-installation`);
    expect(await installationRow(id)).toBeNull();
  });

  it("refuses without an authorization code, or with one GitHub does not accept", async () => {
    const id = newInstallationId();
    signedInAs(a.users.owner.id);
    const missing = await callSetup({ installation_id: id, setup_action: "install", state: installState(a) });
    expect(missing.headers.get("location")).toBe(`/${a.slug}/settings/github?github=authorization-required`);
    const forged = await callSetup({ installation_id: id, setup_action: "install", state: installState(a), code: "made-up" });
    expect(forged.headers.get("location")).toBe(`/${a.slug}/settings/github?github=authorization-required`);
    expect(await installationRow(id)).toBeNull();
  });
});

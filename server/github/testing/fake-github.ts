// A local GitHub for tests: a real HTTP server on 127.0.0.1 speaking the REST
// wire format for the calls a pull-request review makes. It checks auth the
// way GitHub does — the app's RS256 JWT to exchange an installation token,
// then `authorization: token …` on every repository call, scoped to the
// repositories of that installation — and records every request so a test
// can assert on the calls made. Seed it through `state` or `seedPullRequest`.
import { createPublicKey, randomBytes, randomUUID, type KeyObject } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { listenLocally, parseJson, readBody } from "@/server/models/testing/local-http";
import { checkAppJwt } from "./app-jwt";
import { readRoutes, type TRouteAnswer } from "./fake-github-routes";
import { FakeGitHubState, type TFakeUser } from "./fake-github-state";
import { wireError } from "./fake-github-wire";
import { writeRoutes } from "./fake-github-writes";
import { seedPullRequest, type TSeededPullRequest, type TSeedPullRequestOptions } from "./seed-pull-request";

export type TRecordedRequest = {
  method: string;
  /** The path as requested, without the query. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Which credential came with it (the secret itself is not kept). */
  auth: "app-jwt" | "installation-token" | "none";
};

type TIntercept = { method: string; path: string | RegExp; answer: TRouteAnswer | "stall" | { hold: Promise<void> } };

export type TFakeGitHub = {
  url: string;
  appId: string;
  /** The app's bot account, author of everything the app writes. */
  bot: TFakeUser;
  state: FakeGitHubState;
  requests: TRecordedRequest[];
  calls(method: string, path: string | RegExp): TRecordedRequest[];
  seedPullRequest(options?: TSeedPullRequestOptions): TSeededPullRequest;
  /** Answer the next matching request with this status and message instead of serving it. */
  failNext(method: string, path: string | RegExp, status: number, message?: string): void;
  /** Never answer the next matching request (for timeouts). */
  stallNext(method: string, path: string | RegExp): void;
  /** Serve the next matching request only once the returned function is called (to line up a race). */
  holdNext(method: string, path: string | RegExp): () => void;
  /** Every installation token issued so far stops working. */
  revokeTokens(): void;
  close(): Promise<void>;
};

export type TStartFakeGitHubOptions = {
  appId: string | number;
  /** The app's public key (PEM), or its private key, from which the public half is taken. */
  publicKey: string;
  appSlug?: string;
};

const TOKEN_LIFETIME_MS = 60 * 60 * 1000;
const routes = [...readRoutes, ...writeRoutes];

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === "string" ? pattern === path : pattern.test(path);
}

export async function startFakeGitHub(options: TStartFakeGitHubOptions): Promise<TFakeGitHub> {
  const appId = String(options.appId);
  const publicKey: KeyObject = createPublicKey(options.publicKey);
  const state = new FakeGitHubState();
  const bot = state.user(`${options.appSlug ?? "coral-collective"}[bot]`, "Bot");
  const requests: TRecordedRequest[] = [];
  const intercepts: TIntercept[] = [];
  const tokens = new Map<string, { installationId: number; expiresAt: number }>();

  function issueToken(installationIdText: string, authorization: string): TRouteAnswer {
    const jwt = /^bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!jwt) return { status: 401, body: wireError(401, "A JSON web token could not be decoded") };
    const check = checkAppJwt(jwt, publicKey, appId);
    if (!check.ok) return { status: 401, body: wireError(401, check.message) };
    const installationId = Number(installationIdText);
    if (!state.installations.has(installationId)) return { status: 404, body: wireError(404, "Not Found") };
    const token = `ghs_${randomBytes(18).toString("hex")}`;
    const expiresAt = Date.now() + TOKEN_LIFETIME_MS;
    tokens.set(token, { installationId, expiresAt });
    return {
      status: 201,
      body: {
        token,
        expires_at: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
        permissions: { checks: "write", contents: "read", issues: "write", metadata: "read", pull_requests: "write" },
        repository_selection: "all",
      },
    };
  }

  function serveRepository(owner: string, name: string, rest: string, method: string, url: URL, body: unknown, authorization: string): TRouteAnswer {
    const token = /^token\s+(\S+)$/i.exec(authorization)?.[1];
    const grant = token ? tokens.get(token) : undefined;
    if (!grant || grant.expiresAt <= Date.now()) return { status: 401, body: wireError(401, "Bad credentials") };
    const repository = state.findRepository(owner, name);
    // A repository outside the installation is as invisible as one that does not exist.
    if (!repository || repository.installationId !== grant.installationId) return { status: 404, body: wireError(404, "Not Found") };
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(rest) : null;
      if (!match) continue;
      const linkBase = `${url.origin}/repositories/${repository.id}${rest}`;
      return route.handle({ state, repository, query: url.searchParams, body, linkBase, bot }, match.slice(1));
    }
    return { status: 404, body: wireError(404, "Not Found") };
  }

  function route(method: string, url: URL, body: unknown, authorization: string): TRouteAnswer {
    const path = url.pathname;
    const tokenExchange = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path);
    if (tokenExchange && method === "POST") return issueToken(tokenExchange[1] ?? "", authorization);
    // Link headers point at /repositories/{id}/…; GitHub serves those too.
    const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    const repository = byId ? state.findRepositoryById(Number(byId[1])) : undefined;
    if (byId && repository) return serveRepository(repository.owner, repository.name, byId[2] ?? "", method, url, body, authorization);
    const byName = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (byName) return serveRepository(decodeURIComponent(byName[1] ?? ""), decodeURIComponent(byName[2] ?? ""), byName[3] ?? "", method, url, body, authorization);
    return { status: 404, body: wireError(404, "Not Found") };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    url.host = req.headers.host ?? url.host;
    const method = req.method ?? "GET";
    const text = await readBody(req);
    const body = text ? parseJson(text) : undefined;
    const authorization = req.headers.authorization ?? "";
    const scheme = authorization.split(/\s+/)[0]?.toLowerCase();
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: body ?? (text || undefined),
      auth: scheme === "bearer" ? "app-jwt" : scheme === "token" ? "installation-token" : "none",
    });
    const interceptAt = intercepts.findIndex((i) => i.method === method && matches(i.path, url.pathname));
    const intercept = interceptAt >= 0 ? intercepts.splice(interceptAt, 1)[0] : undefined;
    if (intercept?.answer === "stall") return;
    if (intercept && "hold" in intercept.answer) await intercept.answer.hold;
    const answer =
      (intercept && !("hold" in intercept.answer) ? intercept.answer : undefined) ??
      (text && body === undefined ? { status: 400, body: wireError(400, "Problems parsing JSON") } : route(method, url, body, authorization));
    res.writeHead(answer.status, {
      "content-type": "application/json; charset=utf-8",
      "x-github-api-version-selected": "2022-11-28",
      "x-github-request-id": randomUUID(),
      ...answer.headers,
    });
    res.end(JSON.stringify(answer.body));
  }

  const server = await listenLocally((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(wireError(500, error instanceof Error ? error.message : "fake GitHub failed")));
    });
  });

  return {
    url: server.url,
    appId,
    bot,
    state,
    requests,
    calls: (method, path) => requests.filter((r) => r.method === method && matches(path, r.path)),
    seedPullRequest: (seed) => seedPullRequest(state, seed),
    failNext: (method, path, status, message) => {
      intercepts.push({ method, path, answer: { status, body: wireError(status, message ?? `Fake failure ${status}`) } });
    },
    stallNext: (method, path) => {
      intercepts.push({ method, path, answer: "stall" });
    },
    holdNext: (method, path) => {
      let release!: () => void;
      intercepts.push({ method, path, answer: { hold: new Promise<void>((resolve) => (release = resolve)) } });
      return release;
    },
    revokeTokens: () => tokens.clear(),
    close: server.close,
  };
}

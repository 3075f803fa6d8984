// Settings → GitHub through the tRPC router: listing a workspace's
// installations and repositories, mapping a repository to a project,
// disconnecting, recent reviews and deliveries — and that workspace B can
// neither see nor change any of workspace A's.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { configureGitHubApp } from "@/server/github/settings";
import { callerFor, makeWorkspace } from "@/server/testing/fixtures";

let a: Awaited<ReturnType<typeof makeWorkspace>>;
let b: Awaited<ReturnType<typeof makeWorkspace>>;
let aProject: { id: string; slug: string; name: string };
let aArchived: { id: string };
let bProject: { id: string };
let nextId = 8_100_000;

type TSeeded = { installation: { id: string; installationId: bigint }; repos: Record<string, string> };

/** An installation as the webhooks would have recorded it, connected to `workspaceId`. */
async function seedInstallation(workspaceId: string | null, repos: { name: string; removed?: boolean; private?: boolean }[], extra: { suspendedAt?: Date } = {}): Promise<TSeeded> {
  const db = await getDb();
  const installationId = BigInt(nextId++);
  const installation = await db.gitHubInstallation.create({ data: { installationId, accountLogin: `acct-${installationId}`, accountType: "Organization", workspaceId, ...extra } });
  const ids: Record<string, string> = {};
  for (const repo of repos) {
    const row = await db.gitHubRepository.create({
      data: { installationId: installation.id, repoId: BigInt(nextId++), fullName: repo.name, isPrivate: repo.private ?? false, removedAt: repo.removed ? new Date("2026-11-20T10:00:00Z") : null },
    });
    ids[repo.name] = row.id;
  }
  return { installation: { id: installation.id, installationId }, repos: ids };
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  a = await makeWorkspace("Alpha");
  b = await makeWorkspace("Beta");
  aProject = await a.as("owner").project.create({ workspaceSlug: a.slug, name: "Alpha API" });
  aArchived = await a.as("owner").project.create({ workspaceSlug: a.slug, name: "Alpha old" });
  await a.as("owner").project.setArchived({ workspaceSlug: a.slug, projectId: aArchived.id, archived: true });
  bProject = await b.as("owner").project.create({ workspaceSlug: b.slug, name: "Beta web" });
});

describe("github.installations", () => {
  it("lists the workspace's installations with every repository, removed ones last, and the mapped project", async () => {
    const seeded = await seedInstallation(a.workspace.id, [{ name: "acme/web" }, { name: "acme/api", private: true }, { name: "acme/gone", removed: true }], { suspendedAt: new Date("2026-11-21T00:00:00Z") });
    await a.as("admin").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId: seeded.repos["acme/api"]!, projectId: aProject.id });

    const listed = await a.as("admin").github.installations({ workspaceSlug: a.slug });
    const mine = listed.find((i) => i.id === seeded.installation.id);
    expect(mine).toMatchObject({
      installationId: seeded.installation.installationId.toString(),
      accountLogin: `acct-${seeded.installation.installationId}`,
      accountType: "Organization",
      suspendedAt: new Date("2026-11-21T00:00:00Z"),
      removedAt: null,
      repositoriesNotListed: 0,
    });
    expect(mine!.repositories.map((r) => [r.fullName, r.isPrivate, r.removedAt !== null, r.project?.slug ?? null])).toEqual([
      ["acme/api", true, false, aProject.slug],
      ["acme/web", false, false, null],
      ["acme/gone", false, true, null],
    ]);
  });

  it("shows an installation claimed before GitHub's event arrived without an account yet", async () => {
    const db = await getDb();
    const row = await db.gitHubInstallation.create({ data: { installationId: BigInt(nextId++), accountLogin: "", workspaceId: a.workspace.id } });
    const listed = await a.as("owner").github.installations({ workspaceSlug: a.slug });
    expect(listed.find((i) => i.id === row.id)).toMatchObject({ accountLogin: null, repositories: [] });
  });

  it("is for admins only", async () => {
    expect(await codeOf(a.as("member").github.installations({ workspaceSlug: a.slug }))).toBe("FORBIDDEN");
    expect(await codeOf(a.as("viewer").github.installations({ workspaceSlug: a.slug }))).toBe("FORBIDDEN");
  });
});

describe("github.setRepositoryProject", () => {
  let seeded: TSeeded;
  beforeEach(async () => {
    seeded = await seedInstallation(a.workspace.id, [{ name: "acme/svc" }, { name: "acme/archive", removed: true }]);
  });

  it("maps a repository to a project of the workspace, and back to not reviewed", async () => {
    const repositoryId = seeded.repos["acme/svc"]!;
    const mapped = await a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId, projectId: aProject.id });
    expect(mapped).toMatchObject({ id: repositoryId, fullName: "acme/svc", project: { id: aProject.id, slug: aProject.slug, archived: false } });
    expect((await (await getDb()).gitHubRepository.findUniqueOrThrow({ where: { id: repositoryId } })).projectId).toBe(aProject.id);

    const audit = await (await getDb()).auditEvent.findFirst({ where: { workspaceId: a.workspace.id, action: "github.repository_mapped", targetId: repositoryId } });
    expect(audit?.data).toMatchObject({ repository: "acme/svc", from: null, to: aProject.id });

    const cleared = await a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId, projectId: null });
    expect(cleared.project).toBeNull();
    expect((await (await getDb()).gitHubRepository.findUniqueOrThrow({ where: { id: repositoryId } })).projectId).toBeNull();
  });

  it("refuses a project of another workspace as not found, changing nothing", async () => {
    const repositoryId = seeded.repos["acme/svc"]!;
    expect(await codeOf(a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId, projectId: bProject.id }))).toBe("NOT_FOUND");
    expect((await (await getDb()).gitHubRepository.findUniqueOrThrow({ where: { id: repositoryId } })).projectId).toBeNull();
  });

  it("refuses an archived project and a repository GitHub no longer shares", async () => {
    expect(await codeOf(a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId: seeded.repos["acme/svc"]!, projectId: aArchived.id }))).toBe("BAD_REQUEST");
    expect(await codeOf(a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId: seeded.repos["acme/archive"]!, projectId: aProject.id }))).toBe("BAD_REQUEST");
    // Clearing a removed repository's mapping is still allowed.
    expect(await codeOf(a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId: seeded.repos["acme/archive"]!, projectId: null }))).toBe("OK");
  });

  it("refuses a repository of an installation no workspace has connected", async () => {
    const loose = await seedInstallation(null, [{ name: "stranger/repo" }]);
    expect(await codeOf(a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId: loose.repos["stranger/repo"]!, projectId: aProject.id }))).toBe("NOT_FOUND");
    expect((await (await getDb()).gitHubRepository.findUniqueOrThrow({ where: { id: loose.repos["stranger/repo"]! } })).projectId).toBeNull();
  });
});

describe("tenant isolation: workspace B against A's installations", () => {
  let seeded: TSeeded;
  let snapshot: () => Promise<unknown>;

  beforeAll(async () => {
    seeded = await seedInstallation(a.workspace.id, [{ name: "alpha/secret" }]);
    await a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId: seeded.repos["alpha/secret"]!, projectId: aProject.id });
    snapshot = async () => {
      const db = await getDb();
      return {
        installation: await db.gitHubInstallation.findUniqueOrThrow({ where: { id: seeded.installation.id } }),
        repositories: await db.gitHubRepository.findMany({ where: { installationId: seeded.installation.id }, orderBy: { id: "asc" } }),
      };
    };
  });

  it("does not show A's installations or repositories to B", async () => {
    const listed = await b.as("owner").github.installations({ workspaceSlug: b.slug });
    expect(listed.map((i) => i.id)).not.toContain(seeded.installation.id);
    expect(listed.flatMap((i) => i.repositories.map((r) => r.fullName))).not.toContain("alpha/secret");
  });

  const attacks: [string, () => Promise<unknown>][] = [
    ["installations with A's slug", () => b.as("owner").github.installations({ workspaceSlug: a.slug })],
    ["reviews with A's slug", () => b.as("owner").github.reviews({ workspaceSlug: a.slug })],
    ["deliveries with A's slug", () => b.as("owner").github.deliveries({ workspaceSlug: a.slug })],
    ["setRepositoryProject of A's repository to B's project", () => b.as("owner").github.setRepositoryProject({ workspaceSlug: b.slug, repositoryId: seeded.repos["alpha/secret"]!, projectId: bProject.id })],
    ["setRepositoryProject of A's repository to nothing", () => b.as("owner").github.setRepositoryProject({ workspaceSlug: b.slug, repositoryId: seeded.repos["alpha/secret"]!, projectId: null })],
    ["setRepositoryProject with A's slug", () => b.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId: seeded.repos["alpha/secret"]!, projectId: null })],
    ["disconnect of A's installation", () => b.as("owner").github.disconnect({ workspaceSlug: b.slug, installationId: seeded.installation.id })],
    ["installUrl with A's slug", () => b.as("owner").github.installUrl({ workspaceSlug: a.slug })],
    ["createManifest with A's slug", () => b.as("owner").github.createManifest({ workspaceSlug: a.slug, name: "x" })],
  ];

  it.each(attacks)("answers %s with NOT_FOUND and leaves A's rows unchanged", async (_name, attack) => {
    const before = await snapshot();
    expect(await codeOf(attack())).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });
});

describe("github.disconnect", () => {
  it("clears the mappings and frees the installation, which another workspace may then connect", async () => {
    const seeded = await seedInstallation(a.workspace.id, [{ name: "acme/one" }, { name: "acme/two" }]);
    for (const repositoryId of Object.values(seeded.repos)) await a.as("owner").github.setRepositoryProject({ workspaceSlug: a.slug, repositoryId, projectId: aProject.id });

    await a.as("admin").github.disconnect({ workspaceSlug: a.slug, installationId: seeded.installation.id });

    const db = await getDb();
    expect((await db.gitHubInstallation.findUniqueOrThrow({ where: { id: seeded.installation.id } })).workspaceId).toBeNull();
    expect((await db.gitHubRepository.findMany({ where: { installationId: seeded.installation.id } })).map((r) => r.projectId)).toEqual([null, null]);
    expect((await a.as("owner").github.installations({ workspaceSlug: a.slug })).map((i) => i.id)).not.toContain(seeded.installation.id);
    expect(await db.auditEvent.count({ where: { workspaceId: a.workspace.id, action: "github.installation_disconnected", targetId: seeded.installation.id } })).toBe(1);
    // Gone from A: a second disconnect is not found.
    expect(await codeOf(a.as("admin").github.disconnect({ workspaceSlug: a.slug, installationId: seeded.installation.id }))).toBe("NOT_FOUND");
  });

  it("is refused to a member", async () => {
    const seeded = await seedInstallation(a.workspace.id, []);
    expect(await codeOf(a.as("member").github.disconnect({ workspaceSlug: a.slug, installationId: seeded.installation.id }))).toBe("FORBIDDEN");
  });
});

describe("recent reviews and deliveries", () => {
  it("lists the workspace's latest reviews, newest first, with their repository and project", async () => {
    const db = await getDb();
    const seeded = await seedInstallation(a.workspace.id, [{ name: "acme/reviewed" }]);
    const repositoryId = seeded.repos["acme/reviewed"]!;
    const base = { workspaceId: a.workspace.id, projectId: aProject.id, repositoryId, trigger: "opened" };
    await db.gitHubReview.create({ data: { ...base, pullNumber: 7, headSha: "a".repeat(40), deliveryId: "rev-1", status: "completed", verdict: "comments", findingsPosted: 3, createdAt: new Date("2026-11-25T10:00:00Z") } });
    await db.gitHubReview.create({ data: { ...base, pullNumber: 8, headSha: "b".repeat(40), deliveryId: "rev-2", status: "queued", createdAt: new Date("2026-11-25T11:00:00Z") } });

    const reviews = await a.as("admin").github.reviews({ workspaceSlug: a.slug });
    expect(reviews.map((r) => [r.pullNumber, r.status, r.verdict, r.findingsPosted, r.repository, r.project.slug, r.run])).toEqual([
      [8, "queued", null, 0, "acme/reviewed", aProject.slug, null],
      [7, "completed", "comments", 3, "acme/reviewed", aProject.slug, null],
    ]);
    expect(await b.as("owner").github.reviews({ workspaceSlug: b.slug })).toEqual([]);
  });

  it("lists deliveries about the workspace's installations only", async () => {
    const db = await getDb();
    const mine = await seedInstallation(a.workspace.id, []);
    const theirs = await seedInstallation(b.workspace.id, []);
    const delivery = (deliveryId: string, installationId: bigint, receivedAt: string) => ({ deliveryId, event: "pull_request", action: "opened", installationId, repository: "acme/x", outcome: "ignored", reason: "draft pull request", payloadBytes: 10, receivedAt: new Date(receivedAt) });
    await db.gitHubWebhookDelivery.createMany({
      data: [delivery("a-1", mine.installation.installationId, "2026-11-25T10:00:00Z"), delivery("a-2", mine.installation.installationId, "2026-11-25T12:00:00Z"), delivery("b-1", theirs.installation.installationId, "2026-11-25T11:00:00Z")],
    });
    const listed = await a.as("owner").github.deliveries({ workspaceSlug: a.slug });
    expect(listed.map((d) => d.deliveryId)).toEqual(["a-2", "a-1"]);
    expect(listed[0]).toMatchObject({ event: "pull_request", action: "opened", outcome: "ignored", reason: "draft pull request", receivedAt: new Date("2026-11-25T12:00:00Z") });
  });
});

describe("github.status and github.createManifest", () => {
  let restore: () => void;
  beforeAll(() => {
    restore = configureGitHubApp({ appId: undefined, privateKey: undefined, webhookSecret: undefined, appSlug: undefined, apiBaseUrl: "https://api.github.com" });
  });
  afterAll(() => restore());

  const headers = { host: "coral.example.com", "x-forwarded-proto": "https" };

  it("says the app is not configured and which URLs GitHub must call, from the address the request reached", async () => {
    const status = await callerFor(a.users.admin.id, headers).github.status({ workspaceSlug: a.slug });
    expect(status).toMatchObject({
      configured: false,
      appUrl: null,
      privateOrigin: false,
      urls: {
        homepageUrl: "https://coral.example.com",
        webhookUrl: "https://coral.example.com/api/webhooks/github",
        setupUrl: "https://coral.example.com/api/github/setup",
        manifestRedirectUrl: "https://coral.example.com/api/github/manifest",
      },
      events: ["pull_request", "issue_comment", "installation_repositories"],
    });
    expect((await callerFor(a.users.admin.id, { host: "localhost:3000" }).github.status({ workspaceSlug: a.slug })).privateOrigin).toBe(true);
  });

  it("builds the manifest form for the user's account or an organization", async () => {
    const caller = callerFor(a.users.owner.id, headers);
    const personal = await caller.github.createManifest({ workspaceSlug: a.slug, name: "Coral reviews" });
    expect(new URL(personal.action).origin + new URL(personal.action).pathname).toBe("https://github.com/settings/apps/new");
    expect(new URL(personal.action).searchParams.get("state")).toBeTruthy();
    expect(JSON.parse(personal.manifest)).toEqual({
      name: "Coral reviews",
      url: "https://coral.example.com",
      hook_attributes: { url: "https://coral.example.com/api/webhooks/github", active: true },
      redirect_url: "https://coral.example.com/api/github/manifest",
      setup_url: "https://coral.example.com/api/github/setup",
      setup_on_update: true,
      request_oauth_on_install: true,
      public: false,
      default_permissions: { contents: "read", metadata: "read", pull_requests: "write", issues: "write", checks: "write" },
      default_events: ["pull_request", "issue_comment", "installation_repositories"],
    });

    const org = await caller.github.createManifest({ workspaceSlug: a.slug, name: "Coral reviews", organization: "acme-inc" });
    expect(new URL(org.action).pathname).toBe("/organizations/acme-inc/settings/apps/new");
    expect(await codeOf(caller.github.createManifest({ workspaceSlug: a.slug, name: "Coral", organization: "not an org/../x" }))).toBe("BAD_REQUEST");
    expect(await codeOf(a.as("member").github.createManifest({ workspaceSlug: a.slug, name: "Coral" }))).toBe("FORBIDDEN");
  });
});

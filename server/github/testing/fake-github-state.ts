// The in-memory world the fake GitHub serves: installations, repositories and
// what they hold (pull requests with their files, file contents per ref,
// collaborators, comments, reviews, check runs, comparisons). Tests seed it
// directly and read it back to assert on what the client wrote.
import { createHash, randomBytes } from "node:crypto";

export type TFakeUser = { login: string; id: number; type: "User" | "Bot" };

export type TFakeFileStatus = "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";

/** A changed file as GitHub lists it (wire field names). */
export type TFakeFile = {
  filename: string;
  previous_filename?: string;
  status: TFakeFileStatus;
  additions: number;
  deletions: number;
  changes: number;
  /** Absent for binary files and diffs too large to show. */
  patch?: string;
  sha: string;
};

export type TFakePullRequest = {
  number: number;
  title: string;
  body: string | null;
  draft: boolean;
  state: "open" | "closed";
  user: TFakeUser;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  /** The pull request's commits, oldest first; the last is the head. */
  commits: string[];
  files: TFakeFile[];
};

export type TFakeComparison = {
  status: "diverged" | "ahead" | "behind" | "identical";
  commits: string[];
  files: TFakeFile[];
};

export type TFakeIssueComment = { id: number; issueNumber: number; body: string; user: TFakeUser; createdAt: string; updatedAt: string };

export type TFakeReviewComment = {
  id: number;
  pullNumber: number;
  reviewId: number | null;
  path: string;
  line: number | null;
  startLine: number | null;
  side: "LEFT" | "RIGHT";
  body: string;
  commitId: string;
  user: TFakeUser;
};

export type TFakeReview = {
  id: number;
  pullNumber: number;
  body: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "PENDING";
  commitId: string;
  user: TFakeUser;
};

export type TFakeCheckRunOutput = { title: string | null; summary: string | null; text: string | null };

export type TFakeCheckRun = {
  id: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  detailsUrl: string | null;
  output: TFakeCheckRunOutput;
  startedAt: string | null;
  completedAt: string | null;
};

export type TFakeCollaborator = { permission: "admin" | "write" | "read" | "none"; roleName: string };

export type TFakeRepository = {
  id: number;
  owner: string;
  name: string;
  installationId: number;
  defaultBranch: string;
  pulls: Map<number, TFakePullRequest>;
  /** File bytes keyed by `${ref}:${path}`; a ref is a branch name or a commit sha. */
  contents: Map<string, Buffer>;
  collaborators: Map<string, TFakeCollaborator>;
  /** Keyed `${base}...${head}`. */
  comparisons: Map<string, TFakeComparison>;
  issueComments: TFakeIssueComment[];
  reviewComments: TFakeReviewComment[];
  reviews: TFakeReview[];
  checkRuns: TFakeCheckRun[];
};

/** A 40-hex commit or blob id; from a seed when given, so fixtures can be stable. */
export function fakeSha(seed?: string): string {
  return createHash("sha1")
    .update(seed ?? randomBytes(16))
    .digest("hex");
}

// The base permission GitHub reports for each built-in role.
const basePermission: Record<string, TFakeCollaborator["permission"]> = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read" };

export class FakeGitHubState {
  readonly installations = new Set<number>();
  readonly repositories = new Map<string, TFakeRepository>();
  private lastId = 1_000_000;

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  user(login: string, type: TFakeUser["type"] = "User"): TFakeUser {
    return { login, type, id: Number.parseInt(createHash("sha1").update(login).digest("hex").slice(0, 7), 16) };
  }

  addRepository(input: { owner: string; name: string; installationId: number; defaultBranch?: string }): TFakeRepository {
    const key = `${input.owner}/${input.name}`.toLowerCase();
    const existing = this.repositories.get(key);
    if (existing) return existing;
    this.installations.add(input.installationId);
    const repository: TFakeRepository = {
      id: this.nextId(),
      owner: input.owner,
      name: input.name,
      installationId: input.installationId,
      defaultBranch: input.defaultBranch ?? "main",
      pulls: new Map(),
      contents: new Map(),
      collaborators: new Map(),
      comparisons: new Map(),
      issueComments: [],
      reviewComments: [],
      reviews: [],
      checkRuns: [],
    };
    this.repositories.set(key, repository);
    return repository;
  }

  findRepository(owner: string, name: string): TFakeRepository | undefined {
    return this.repositories.get(`${owner}/${name}`.toLowerCase());
  }

  findRepositoryById(id: number): TFakeRepository | undefined {
    return [...this.repositories.values()].find((r) => r.id === id);
  }

  addPullRequest(repository: TFakeRepository, input: Partial<Omit<TFakePullRequest, "user">> & { author?: string }): TFakePullRequest {
    const headSha = input.head?.sha ?? fakeSha();
    const number = input.number ?? Math.max(0, ...repository.pulls.keys()) + 1;
    const pull: TFakePullRequest = {
      number,
      title: input.title ?? `Pull request #${number}`,
      body: input.body ?? null,
      draft: input.draft ?? false,
      state: input.state ?? "open",
      user: this.user(input.author ?? "octocat"),
      head: input.head ?? { sha: headSha, ref: `feature-${number}` },
      base: input.base ?? { sha: fakeSha(), ref: repository.defaultBranch },
      commits: input.commits ?? [headSha],
      files: input.files ?? [],
    };
    repository.pulls.set(number, pull);
    return pull;
  }

  setFile(repository: TFakeRepository, input: { ref: string; path: string; content: string | Buffer }): void {
    repository.contents.set(`${input.ref}:${input.path}`, Buffer.isBuffer(input.content) ? input.content : Buffer.from(input.content, "utf8"));
  }

  /** A built-in role ("admin", "maintain", "write", "triage", "read") or a custom role extending `permission`. */
  setCollaborator(repository: TFakeRepository, login: string, roleName: string, permission?: TFakeCollaborator["permission"]): void {
    repository.collaborators.set(login.toLowerCase(), { roleName, permission: permission ?? basePermission[roleName] ?? "read" });
  }

  addComparison(repository: TFakeRepository, input: { base: string; head: string } & Partial<TFakeComparison>): TFakeComparison {
    const comparison: TFakeComparison = { status: input.status ?? "ahead", commits: input.commits ?? [input.head], files: input.files ?? [] };
    repository.comparisons.set(`${input.base}...${input.head}`, comparison);
    return comparison;
  }

  addIssueComment(repository: TFakeRepository, input: { issueNumber: number; body: string; user?: TFakeUser }): TFakeIssueComment {
    const now = new Date().toISOString();
    const comment = { id: this.nextId(), issueNumber: input.issueNumber, body: input.body, user: input.user ?? this.user("octocat"), createdAt: now, updatedAt: now };
    repository.issueComments.push(comment);
    return comment;
  }
}

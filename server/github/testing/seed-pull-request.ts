// A realistic pull request for tests: n changed files mixing what reviews
// meet in practice — TypeScript sources (modified, added, one renamed), a
// binary image and a diff too large to show (both without a patch), a
// package-lock.json and a built dist/ file. Sources also get their contents
// at the head (and base) commit, consistent with their patches.
import { fakeSha, type FakeGitHubState, type TFakeFile, type TFakePullRequest, type TFakeRepository } from "./fake-github-state";
import { patchFor } from "./patches";

export const SEED_OWNER = "acme";
export const SEED_REPO = "widgets";
export const SEED_INSTALLATION_ID = 4242;

export type TSeedPullRequestOptions = {
  owner?: string;
  repo?: string;
  installationId?: number;
  number?: number;
  /** How many changed files; 5 by default. */
  files?: number;
  draft?: boolean;
  title?: string;
  body?: string | null;
  author?: string;
};

export type TSeededPullRequest = { repository: TFakeRepository; pull: TFakePullRequest };

type TSeedFile = { file: TFakeFile; head?: Buffer | string; base?: string };

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256)]);

function changed(filename: string, status: TFakeFile["status"], additions: number, deletions: number, patch?: string): TFakeFile {
  return { filename, status, additions, deletions, changes: additions + deletions, sha: fakeSha(`${filename}:${additions}`), ...(patch ? { patch } : {}) };
}

function source(index: number): TSeedFile {
  const path = `src/module-${index}.ts`;
  const header = [`// Module ${index}.`, `import { helper } from "./helper";`, ""];
  const footer = ["", `export default value${index}_1;`, ""];
  const added = Array.from({ length: 1 + (index % 4) }, (_, j) => `export const value${index}_${j + 1} = helper(${j + 1});`);
  if (index % 7 === 6) {
    const lines = [...header, ...added, ...footer];
    return { file: changed(path, "added", lines.length, 0, patchFor(lines, 0)), head: lines.join("\n") };
  }
  const file = changed(path, "modified", added.length, 0, patchFor(added, { before: header, after: footer }));
  if (index === 5) Object.assign(file, { status: "renamed", previous_filename: `src/legacy/module-${index}.ts` });
  return { file, head: [...header, ...added, ...footer].join("\n"), base: [...header, ...footer].join("\n") };
}

function special(index: number): TSeedFile | undefined {
  switch (index) {
    case 1:
      return { file: changed(`assets/logo-${index}.png`, "added", 0, 0), head: PNG };
    case 2: {
      const before = ["{", `  "name": "${SEED_REPO}",`, `  "lockfileVersion": 3,`];
      const removed = [`    "node_modules/zod": { "version": "4.6.6" },`];
      const added = [`    "node_modules/zod": { "version": "4.6.7" },`];
      return { file: changed("package-lock.json", "modified", 1, 1, patchFor(added, { before, after: ["  }", "}"], removed, firstLine: 12 })) };
    }
    case 3:
      return { file: changed("dist/index.js", "modified", 2, 0, patchFor(['"use strict";var a=require("./b");', "module.exports=a;"], 1)) };
    case 4:
      // GitHub leaves out patches of diffs this large.
      return { file: changed("fixtures/huge-dump.sql", "added", 24_000, 0) };
    default:
      return undefined;
  }
}

export function seedPullRequest(state: FakeGitHubState, options: TSeedPullRequestOptions = {}): TSeededPullRequest {
  const repository = state.addRepository({
    owner: options.owner ?? SEED_OWNER,
    name: options.repo ?? SEED_REPO,
    installationId: options.installationId ?? SEED_INSTALLATION_ID,
  });
  const seeds = Array.from({ length: options.files ?? 5 }, (_, i) => special(i) ?? source(i));
  const headSha = fakeSha();
  const pull = state.addPullRequest(repository, {
    number: options.number,
    title: options.title ?? "Add widget modules",
    body: options.body === undefined ? "Adds the widget modules and rebuilds dist/." : options.body,
    draft: options.draft ?? false,
    author: options.author ?? "octocat",
    head: { sha: headSha, ref: "feature/widgets" },
    commits: [fakeSha(), headSha],
    files: seeds.map((s) => s.file),
  });
  for (const seed of seeds) {
    if (seed.head !== undefined) state.setFile(repository, { ref: headSha, path: seed.file.filename, content: seed.head });
    if (seed.base !== undefined) state.setFile(repository, { ref: pull.base.sha, path: seed.file.previous_filename ?? seed.file.filename, content: seed.base });
  }
  return { repository, pull };
}

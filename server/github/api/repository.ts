// Reading a repository beyond the diff: a file's text at a commit (context
// for the reviewer) and what a user may do there (who may command the bot).
import type { Octokit } from "@octokit/core";
import { z } from "zod";
import { nullOn404 } from "./github-api-error";
import type { TRepoRef } from "./pull-requests";

/** Larger files are not read: too big to be useful context, and GitHub stops inlining them at 1 MB anyway. */
export const MAX_FILE_TEXT_BYTES = 1024 * 1024;

const ZContent = z.union([
  // A directory lists its entries.
  z.array(z.unknown()),
  z.object({
    type: z.string(),
    size: z.number().int(),
    encoding: z.string().optional(),
    content: z.string().optional(),
  }),
]);

export const collaboratorPermissions = ["admin", "maintain", "write", "triage", "read", "none"] as const;
export type TCollaboratorPermission = (typeof collaboratorPermissions)[number];

const ZPermission = z.object({ permission: z.string(), role_name: z.string().optional() });

function asPermission(value: string | undefined): TCollaboratorPermission | undefined {
  return collaboratorPermissions.find((p) => p === value);
}

/**
 * The UTF-8 text of `path` at `ref`; null when there is no such file, or it is
 * a directory, symlink or submodule, larger than 1 MB, or binary.
 */
export async function getFileText(octokit: Octokit, { owner, repo, path, ref }: TRepoRef & { path: string; ref: string }): Promise<string | null> {
  const found = await nullOn404(async () => {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { owner, repo, path, ref });
    return ZContent.parse(data);
  });
  if (found === null || Array.isArray(found) || found.type !== "file") return null;
  if (found.size > MAX_FILE_TEXT_BYTES || found.encoding !== "base64" || found.content === undefined) return null;
  const bytes = Buffer.from(found.content, "base64");
  if (bytes.includes(0)) return null;
  return bytes.toString("utf8");
}

/**
 * The user's role on the repository. A custom role's name means nothing here,
 * so it reads as the base permission it extends; a stranger is "none".
 */
export async function getCollaboratorPermission(
  octokit: Octokit,
  { owner, repo, username }: TRepoRef & { username: string },
): Promise<TCollaboratorPermission> {
  const found = await nullOn404(async () => {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { owner, repo, username });
    return ZPermission.parse(data);
  });
  if (found === null) return "none";
  return asPermission(found.role_name) ?? asPermission(found.permission) ?? "none";
}

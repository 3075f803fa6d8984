// Create a workspace with a unique slug and make its creator the owner.
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { reservedWorkspaceSlugs, slugify, withUniqueSlug } from "../shared/slug";
import { ZCreateWorkspaceInput, type TCreateWorkspaceInput } from "./schemas";

export type TWorkspaceSummary = { id: string; name: string; slug: string };

export async function createWorkspace(ownerUserId: string, raw: TCreateWorkspaceInput): Promise<TWorkspaceSummary> {
  const input = ZCreateWorkspaceInput.parse(raw);
  const db = await getDb();
  const owner = await db.user.findUnique({ where: { id: ownerUserId }, select: { id: true } });
  if (!owner) throw notFound("User");
  return withUniqueSlug(
    slugify(input.name),
    (slug) =>
      db.workspace.create({
        data: { name: input.name, slug, memberships: { create: { userId: owner.id, role: "owner" } } },
        select: { id: true, name: true, slug: true },
      }),
    (slug) => reservedWorkspaceSlugs.has(slug),
  );
}

// Create a project in a workspace with a slug unique within it.
import { getDb } from "@/server/db/client";
import { slugify, withUniqueSlug } from "../shared/slug";
import type { TWorkspaceScope } from "../shared/scope";
import { projectSelect, toProject, type TProject } from "./project-select";
import { ZCreateProjectInput, type TCreateProjectInput } from "./schemas";

export async function createProject(scope: TWorkspaceScope, raw: TCreateProjectInput): Promise<TProject> {
  const input = ZCreateProjectInput.parse(raw);
  const db = await getDb();
  const row = await withUniqueSlug(slugify(input.name), (slug) =>
    db.project.create({
      data: {
        workspaceId: scope.workspaceId,
        name: input.name,
        slug,
        description: input.description ?? "",
        settings: input.settings ?? {},
        createdById: scope.actor?.userId ?? null,
      },
      select: projectSelect,
    }),
  );
  return toProject(row);
}

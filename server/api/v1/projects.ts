// Projects: list, create, read, change (rename, describe, settings, archive), delete.
import { z } from "zod";
import { createProject } from "@/server/services/projects/create-project";
import { deleteProject } from "@/server/services/projects/delete-project";
import { getProject } from "@/server/services/projects/get-project";
import { listProjectsPage } from "@/server/services/projects/list-projects-page";
import type { TProject } from "@/server/services/projects/project-select";
import { ZCreateProjectInput, ZProjectName, ZProjectSettings } from "@/server/services/projects/schemas";
import { setProjectArchived } from "@/server/services/projects/set-project-archived";
import { updateProject } from "@/server/services/projects/update-project";
import { defineEndpoint } from "../endpoint";
import { iso, pageOf, ZIdParams, ZListQuery, ZTimestamp } from "./shared-schemas";

export const ZApiProject = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  settings: ZProjectSettings,
  archived: z.boolean(),
  archivedAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

export function toApiProject(p: TProject): z.infer<typeof ZApiProject> {
  return {
    id: p.id,
    name: p.name,
    slug: p.slug,
    description: p.description ?? "",
    settings: p.settings,
    archived: p.archivedAt !== null,
    archivedAt: iso(p.archivedAt),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

const ZPatchProject = z
  .object({
    name: ZProjectName.optional(),
    description: z.string().trim().max(2000, "Use at most 2,000 characters.").optional(),
    settings: ZProjectSettings.optional(),
    archived: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Send at least one of name, description, settings, archived.");

export const projectEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/projects",
    operationId: "listProjects",
    summary: "List projects, newest first",
    tag: "Projects",
    permission: "project.read",
    query: ZListQuery.extend({ status: z.enum(["active", "archived", "all"]).default("active").describe("Which projects to list.") }),
    response: pageOf(ZApiProject),
    handler: async ({ scope, query }) => {
      const page = await listProjectsPage(scope, query);
      return { data: page.data.map(toApiProject), nextCursor: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/projects",
    operationId: "createProject",
    summary: "Create a project",
    tag: "Projects",
    permission: "project.create",
    body: ZCreateProjectInput.strict(),
    response: ZApiProject,
    status: 201,
    handler: async ({ scope, body }) => toApiProject(await createProject(scope, body)),
  }),
  defineEndpoint({
    method: "GET",
    path: "/projects/{id}",
    operationId: "getProject",
    summary: "Read a project",
    tag: "Projects",
    permission: "project.read",
    params: ZIdParams,
    response: ZApiProject,
    handler: async ({ scope, params }) => toApiProject(await getProject(scope, { projectId: params.id })),
  }),
  defineEndpoint({
    method: "PATCH",
    path: "/projects/{id}",
    operationId: "updateProject",
    summary: "Rename, describe, configure, archive or restore a project",
    tag: "Projects",
    permission: "project.update",
    params: ZIdParams,
    body: ZPatchProject,
    response: ZApiProject,
    handler: async ({ scope, params, body }) => {
      const { archived, ...changes } = body;
      let project = await getProject(scope, { projectId: params.id });
      if (Object.keys(changes).length) project = await updateProject(scope, { projectId: params.id, ...changes });
      if (archived !== undefined) project = await setProjectArchived(scope, { projectId: params.id, archived });
      return toApiProject(project);
    },
  }),
  defineEndpoint({
    method: "DELETE",
    path: "/projects/{id}",
    operationId: "deleteProject",
    summary: "Delete a project with its runs and memory",
    tag: "Projects",
    permission: "project.delete",
    params: ZIdParams,
    status: 204,
    handler: async ({ scope, params }) => {
      await deleteProject(scope, { projectId: params.id });
    },
  }),
];

// Workflows one page at a time (the REST API's list): the workspace's own,
// newest first, then the built-in templates in gallery order. The cursor
// names the last workflow, or how many templates were already listed.
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { ZWorkflowDefinition } from "@/server/workflows/definition/definition-schema";
import { workflowTemplates } from "@/server/workflows/definition/templates";
import { pageQuery, ZPageInput, encodeCursor, type TPage, type TPageInput } from "../shared/pagination";
import type { TWorkspaceScope } from "../shared/scope";

export const ZWorkflowPageFilter = z.object({ kind: z.enum(["all", "workspace", "template"]).default("all") });
export type TWorkflowPageFilter = z.input<typeof ZWorkflowPageFilter>;

export type TWorkflowListItem = {
  kind: "workspace" | "template";
  id: string;
  name: string;
  description: string;
  category: string | null;
  fromTemplate: string | null;
  latestVersion: number | null;
  steps: number;
  createdAt: Date | null;
  updatedAt: Date | null;
};

const TEMPLATE_CURSOR = "templates";
const templateCursor = (offset: number) => Buffer.from(JSON.stringify([TEMPLATE_CURSOR, offset])).toString("base64url");

/** The template offset a cursor names, or null for a workflow cursor (checked by pageQuery). */
function templateOffset(cursor: string | undefined): number | null {
  if (!cursor) return null;
  try {
    const [tag, offset] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if (tag !== TEMPLATE_CURSOR) return null;
    if (typeof offset === "number" && Number.isInteger(offset) && offset >= 0 && offset <= workflowTemplates.length) return offset;
  } catch {
    return null;
  }
  throw new AppError("INVALID_INPUT", "cursor: This cursor is not valid; use the nextCursor of a previous page.");
}

const stepCount = (definition: unknown) => {
  const parsed = ZWorkflowDefinition.safeParse(definition);
  return parsed.success ? parsed.data.steps.length : 0;
};

export async function listWorkflowsPage(scope: TWorkspaceScope, raw: TPageInput & TWorkflowPageFilter): Promise<TPage<TWorkflowListItem>> {
  const page = ZPageInput.parse(raw);
  const { kind } = ZWorkflowPageFilter.parse(raw);
  let offset = templateOffset(page.cursor);
  const data: TWorkflowListItem[] = [];

  if (offset === null) {
    if (kind === "template" && page.cursor) throw new AppError("INVALID_INPUT", "cursor: This cursor belongs to another list; use the nextCursor of a previous page.");
    if (kind !== "template") {
      const db = await getDb();
      const q = pageQuery(page);
      const rows = await db.workflow.findMany({
        where: { workspaceId: scope.workspaceId, archivedAt: null, ...q.where },
        orderBy: q.orderBy,
        take: q.take,
        select: { id: true, name: true, description: true, fromTemplate: true, latestVersion: true, createdAt: true, updatedAt: true, versions: { orderBy: { version: "desc" }, take: 1, select: { definition: true } } },
      });
      const kept = rows.slice(0, page.limit);
      data.push(...kept.map(({ versions, ...w }) => ({ kind: "workspace" as const, ...w, category: null, steps: stepCount(versions[0]?.definition) })));
      if (rows.length > page.limit) return { data, nextCursor: encodeCursor(kept.at(-1)!) };
      if (kind === "workspace") return { data, nextCursor: null };
    }
    offset = 0;
  } else if (kind === "workspace") {
    throw new AppError("INVALID_INPUT", "cursor: This cursor belongs to another list; use the nextCursor of a previous page.");
  }

  const templates = workflowTemplates.slice(offset, offset + page.limit - data.length);
  data.push(
    ...templates.map((t) => ({ kind: "template" as const, id: t.id, name: t.name, description: t.description, category: t.category, fromTemplate: null, latestVersion: null, steps: t.definition.steps.length, createdAt: null, updatedAt: null })),
  );
  const next = offset + templates.length;
  return { data, nextCursor: next < workflowTemplates.length ? templateCursor(next) : null };
}

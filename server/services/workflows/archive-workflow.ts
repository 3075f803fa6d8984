// Archive a workflow: it leaves the list and cannot be run; its runs keep their snapshot.
import { getDb } from "@/server/db/client";
import { orNotFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { ZWorkflowRefInput } from "./schemas";
import type { z } from "zod";

export async function archiveWorkflow(scope: TWorkspaceScope, raw: z.input<typeof ZWorkflowRefInput>) {
  const { workflowId } = ZWorkflowRefInput.parse(raw);
  const db = await getDb();
  await orNotFound("Workflow", db.workflow.update({ where: { id: workflowId, workspaceId: scope.workspaceId }, data: { archivedAt: new Date() } }));
}

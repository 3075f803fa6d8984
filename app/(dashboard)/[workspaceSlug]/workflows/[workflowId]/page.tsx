// A workflow in the editor. The server loads the requested version (a real 404
// for an unknown workflow) and hands it to the client editor.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { WorkflowEditor } from "@/components/workflows/editor/workflow-editor";
import { serverCaller } from "@/server/trpc/server-caller";

type TParams = Promise<{ workspaceSlug: string; workflowId: string }>;
type TSearchParams = Promise<{ version?: string | string[] }>;

const loadWorkflow = cache(async (workspaceSlug: string, workflowId: string, version: number | undefined) => {
  try {
    return await (await serverCaller()).workflow.get({ workspaceSlug, workflowId, version });
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED"].includes(error.code)) return null;
    throw error;
  }
});

function parseVersion(raw: string | string[] | undefined): number | undefined {
  const n = Number(raw);
  return typeof raw === "string" && Number.isInteger(n) && n > 0 ? n : undefined;
}

export async function generateMetadata({ params, searchParams }: { params: TParams; searchParams: TSearchParams }): Promise<Metadata> {
  const { workspaceSlug, workflowId } = await params;
  const workflow = await loadWorkflow(workspaceSlug, workflowId, parseVersion((await searchParams).version)).catch(() => null);
  return { title: workflow ? workflow.name : "Workflow" };
}

export default async function WorkflowEditorPage({ params, searchParams }: { params: TParams; searchParams: TSearchParams }) {
  const { workspaceSlug, workflowId } = await params;
  const version = parseVersion((await searchParams).version);
  const workflow = await loadWorkflow(workspaceSlug, workflowId, version);
  // An unknown version of a known workflow is shown by the editor (with a way back), not as a bare 404.
  if (!workflow && !(version && (await loadWorkflow(workspaceSlug, workflowId, undefined)))) notFound();
  return <WorkflowEditor workflowId={workflowId} initial={workflow ? { version, workflow } : undefined} />;
}

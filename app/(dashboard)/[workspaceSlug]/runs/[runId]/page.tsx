// A run's page. The server loads the run (a real 404 when it doesn't exist or
// belongs to another workspace) and hands it to the client view, which follows
// it live.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { RunView } from "@/components/runs/run-view";
import { serverCaller } from "@/server/trpc/server-caller";

type TParams = Promise<{ workspaceSlug: string; runId: string }>;

const loadRun = cache(async (workspaceSlug: string, runId: string) => {
  try {
    return await (await serverCaller()).run.get({ workspaceSlug, runId });
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED"].includes(error.code)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { workspaceSlug, runId } = await params;
  const run = await loadRun(workspaceSlug, runId).catch(() => null);
  return { title: run ? `Run #${run.number} · ${run.workflow.name}` : "Run" };
}

export default async function RunPage({ params }: { params: TParams }) {
  const { workspaceSlug, runId } = await params;
  const run = await loadRun(workspaceSlug, runId);
  if (!run) notFound();
  return <RunView key={runId} runId={runId} initialRun={run} />;
}

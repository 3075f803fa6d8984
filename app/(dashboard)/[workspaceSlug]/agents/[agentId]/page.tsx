// An agent's page. The server loads it (a real 404 for an unknown id) and hands
// it to the client component, which keeps it fresh and runs the prompt preview.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { AgentDetail } from "@/components/agents/agent-detail";
import { serverCaller } from "@/server/trpc/server-caller";

type TParams = Promise<{ workspaceSlug: string; agentId: string }>;

const loadAgent = cache(async (workspaceSlug: string, agentId: string) => {
  try {
    return await (await serverCaller()).agent.get({ workspaceSlug, agentId });
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED"].includes(error.code)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { workspaceSlug, agentId } = await params;
  const agent = await loadAgent(workspaceSlug, agentId).catch(() => null);
  return { title: agent?.name ?? "Agent" };
}

export default async function AgentPage({ params }: { params: TParams }) {
  const { workspaceSlug, agentId } = await params;
  const agent = await loadAgent(workspaceSlug, agentId);
  if (!agent) notFound();
  return <AgentDetail agentId={agentId} initialAgent={agent} />;
}

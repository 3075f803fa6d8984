// A custom agent's version history: every published version, a diff between
// any two, and rollback. The server loads the agent and its versions (a real
// 404 for an unknown id); a built-in gets an explanation and a Fork button.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { VersionHistory } from "@/components/agents/custom/version-history";
import { serverCaller } from "@/server/trpc/server-caller";

type TParams = Promise<{ workspaceSlug: string; agentId: string }>;

const loadAgent = cache(async (workspaceSlug: string, agentId: string) => {
  try {
    const caller = await serverCaller();
    const agent = await caller.agent.get({ workspaceSlug, agentId });
    const versions = agent.custom ? await caller.agent.versions({ workspaceSlug, key: agentId }) : undefined;
    return { agent, versions };
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED"].includes(error.code)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { workspaceSlug, agentId } = await params;
  const loaded = await loadAgent(workspaceSlug, agentId).catch(() => null);
  return { title: loaded ? `${loaded.agent.name} versions` : "Agent versions" };
}

export default async function AgentVersionsPage({ params }: { params: TParams }) {
  const { workspaceSlug, agentId } = await params;
  const loaded = await loadAgent(workspaceSlug, agentId);
  if (!loaded) notFound();
  return <VersionHistory agentId={agentId} initialAgent={loaded.agent} initialVersions={loaded.versions} />;
}

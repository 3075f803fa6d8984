// A custom agent's editor. The server loads the agent and its latest version
// (a real 404 for an unknown id) and hands both to the client editor; for a
// built-in the editor explains why it can't be edited and offers a fork.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { AgentEditor } from "@/components/agents/custom/agent-editor";
import { serverCaller } from "@/server/trpc/server-caller";

type TParams = Promise<{ workspaceSlug: string; agentId: string }>;

const loadAgent = cache(async (workspaceSlug: string, agentId: string) => {
  try {
    const caller = await serverCaller();
    const agent = await caller.agent.get({ workspaceSlug, agentId });
    const body = agent.custom ? await caller.agent.version({ workspaceSlug, key: agentId, version: agent.custom.version }) : null;
    return { agent, body: body && agent.custom ? { version: agent.custom.version, body } : undefined };
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED"].includes(error.code)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { workspaceSlug, agentId } = await params;
  const loaded = await loadAgent(workspaceSlug, agentId).catch(() => null);
  return { title: loaded ? `Edit ${loaded.agent.name}` : "Edit agent" };
}

export default async function EditAgentPage({ params }: { params: TParams }) {
  const { workspaceSlug, agentId } = await params;
  const loaded = await loadAgent(workspaceSlug, agentId);
  if (!loaded) notFound();
  return <AgentEditor agentId={agentId} initialAgent={loaded.agent} initialBody={loaded.body} />;
}

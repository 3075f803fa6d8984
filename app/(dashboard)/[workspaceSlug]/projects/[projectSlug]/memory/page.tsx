// A project's Memory page. The server loads the project (a real 404 when it
// doesn't exist) and hands it to the client view, which searches and draws
// what the project remembers.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { MemoryView } from "@/components/memory/memory-view";
import { serverCaller } from "@/server/trpc/server-caller";

type TParams = Promise<{ workspaceSlug: string; projectSlug: string }>;

const loadProject = cache(async (workspaceSlug: string, projectSlug: string) => {
  try {
    return await (await serverCaller()).project.get({ workspaceSlug, projectSlug });
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED"].includes(error.code)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const { workspaceSlug, projectSlug } = await params;
  const project = await loadProject(workspaceSlug, projectSlug).catch(() => null);
  return { title: project ? `Memory · ${project.name}` : "Memory" };
}

export default async function ProjectMemoryPage({ params }: { params: TParams }) {
  const { workspaceSlug, projectSlug } = await params;
  const project = await loadProject(workspaceSlug, projectSlug);
  if (!project) notFound();
  return <MemoryView key={projectSlug} projectSlug={projectSlug} initialProject={project} />;
}

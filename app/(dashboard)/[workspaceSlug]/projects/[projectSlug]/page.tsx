// A project's page. The server loads it (a real 404 when it doesn't exist) and
// hands it to the client component, which keeps it fresh and edits it.
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ProjectDetail } from "@/components/projects/project-detail";
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
  return { title: project?.name ?? "Project" };
}

export default async function ProjectPage({ params }: { params: TParams }) {
  const { workspaceSlug, projectSlug } = await params;
  const project = await loadProject(workspaceSlug, projectSlug);
  if (!project) notFound();
  return <ProjectDetail projectSlug={projectSlug} initialProject={project} />;
}

"use client";

// Something inside the workspace (a project, usually) doesn't exist or isn't visible to you.
import { SearchX } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function WorkspaceNotFound() {
  const { workspaceSlug } = useParams<{ workspaceSlug: string }>();
  return (
    <EmptyState
      className="mt-6 min-h-80"
      icon={<SearchX />}
      title="Not found"
      description="This page doesn't exist, or it was deleted. Check the address, or go back to the projects."
      action={
        <Button asChild variant="outline">
          <Link href={`/${workspaceSlug}/projects`}>All projects</Link>
        </Button>
      }
    />
  );
}

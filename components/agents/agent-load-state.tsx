"use client";

// What an agent page shows until its agent has loaded: a skeleton, a friendly
// "not found", or an error with retry. Shared by the agent, editor and history pages.
import { Bot } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { errorCode, errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";

type TAgentQuery = { isError: boolean; error: unknown; refetch: () => unknown };

export function AgentLoadState({ query, catalogueHref, loading }: { query: TAgentQuery; catalogueHref: string; loading: ReactNode }) {
  if (query.isError && errorCode(query.error) !== "NOT_FOUND") {
    return <ErrorState title="Couldn't load the agent" message={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  }
  if (query.isError) {
    return (
      <EmptyState
        icon={<Bot />}
        title="Agent not found"
        description="There is no agent with this id in the workspace. It may have been removed, or the link is wrong."
        action={
          <Button asChild variant="outline">
            <Link href={catalogueHref}>All agents</Link>
          </Button>
        }
      />
    );
  }
  return loading;
}

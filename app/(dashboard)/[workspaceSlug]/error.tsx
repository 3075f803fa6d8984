"use client";

// A workspace page failed to render. The shell stays; this replaces the page.
import { useEffect } from "react";

import { ErrorState } from "@/components/ui/error-state";

export default function WorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <ErrorState
      className="mt-6"
      title="This page didn't load"
      message={
        <>
          Something went wrong on our side. Try again, and if it keeps happening, share this reference with your
          administrator{digest ? <>: <code className="font-mono text-xs">{digest}</code></> : "."}
        </>
      }
      onRetry={retry}
    />
  );
}

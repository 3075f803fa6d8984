"use client";

// "Install on GitHub": asks the server for the app's install page with a fresh
// signed state (valid 30 minutes) and goes there. GitHub brings the admin
// back to /api/github/setup, which connects the installation to this workspace.
import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button, type ButtonProps } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspaces/workspace-context";

export function InstallButton({ label = "Install on GitHub", ...props }: Omit<ButtonProps, "onClick" | "loading"> & { label?: string }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const install = useMutation(
    trpc.github.installUrl.mutationOptions({
      onSuccess: ({ url }) => window.location.assign(url),
      onError: (error) => toast.error("Couldn't start the installation", { description: errorMessage(error) }),
    }),
  );
  // Stays busy after success: the browser is on its way to GitHub.
  const busy = install.isPending || install.isSuccess;
  return (
    <Button onClick={() => install.mutate({ workspaceSlug: workspace.slug })} loading={busy} {...props}>
      <Plus aria-hidden />
      {label}
    </Button>
  );
}

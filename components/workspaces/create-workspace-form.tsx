"use client";

// "Create a workspace": a name, a live preview of the address it will get, and on
// success straight into the new workspace's projects.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { reservedWorkspaceSlugs, slugify } from "@/server/services/shared/slug";
import { ZWorkspaceName } from "@/server/services/workspaces/schemas";

const noSubscribe = () => () => {};

/** The address the server will try first (it appends -2, -3… if that one is taken). */
function previewSlug(name: string): string {
  const base = slugify(name);
  return reservedWorkspaceSlugs.has(base) ? `${base}-2` : base;
}

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const host = useSyncExternalStore(noSubscribe, () => window.location.host, () => "");
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();

  const create = useMutation(
    trpc.workspace.create.mutationOptions({
      onSuccess: (workspace) => {
        toast.success(`Created ${workspace.name}`);
        void queryClient.invalidateQueries({ queryKey: trpc.workspace.list.queryKey() });
        router.push(`/${workspace.slug}/projects`);
      },
      onError: (err) => {
        const message = fieldErrorsOf(err).name ?? errorMessage(err);
        setError(message);
        toast.error("Couldn't create the workspace", { description: message });
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZWorkspaceName.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    create.mutate({ name: parsed.data });
  }

  const slug = name.trim() ? previewSlug(name) : "your-team";
  // Keep the button busy through the navigation that follows success.
  const busy = create.isPending || create.isSuccess;

  return (
    <form onSubmit={submit} noValidate className="grid gap-5">
      <Field label="Workspace name" error={error} description="Usually your company or team. You can rename it later.">
        <Input
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
          placeholder="Acme Inc."
          maxLength={64}
          autoComplete="organization"
          autoFocus
          disabled={busy}
        />
      </Field>
      <div className="grid gap-1.5">
        <span className="text-sm font-medium">Address</span>
        <p
          className="truncate rounded-md border border-dashed bg-muted/40 px-3 py-2 font-mono text-[13px] text-muted-foreground"
          aria-live="polite"
        >
          {host ? `${host}/` : "/"}
          <span className={name.trim() ? "text-foreground" : undefined}>{slug}</span>
        </p>
        <p className="text-[13px] text-muted-foreground">Made from the name. If it&apos;s taken, a number is added.</p>
      </div>
      <Button type="submit" loading={busy} className="w-full">
        Create workspace
      </Button>
    </form>
  );
}

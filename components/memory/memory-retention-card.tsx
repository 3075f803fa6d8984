"use client";

// Settings → General: how long the workspace's memory is kept. Unpinned items
// not written for that many days are erased (with their vectors and graph) by
// a background sweep, which runs at once when this is saved, after runs and at
// start-up. Off keeps memory for ever.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { roleLabels } from "@/components/members/roles";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { ToggleSwitch } from "@/components/ui/toggle-switch";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import { ZMemoryRetentionDays } from "@/server/services/memory/retention-schema";

const DEFAULT_DAYS = 90;

function RetentionForm({ saved }: { saved: number | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace, can } = useWorkspace();
  const canEdit = can("workspace.update");
  const [limited, setLimited] = useState(saved !== null);
  const [days, setDays] = useState(String(saved ?? DEFAULT_DAYS));
  const [error, setError] = useState<string>();
  const wanted = limited ? Number(days) : null;
  const dirty = wanted !== saved;

  const save = useMutation(
    trpc.memory.setRetention.mutationOptions({
      onSuccess: (result) => {
        toast.success(result.days === null ? "Memory is kept for ever" : `Memory is kept for ${result.days} days`);
        queryClient.setQueryData(trpc.memory.retention.queryKey({ workspaceSlug: workspace.slug }), result);
      },
      onError: (err) => {
        const message = fieldErrorsOf(err).days ?? errorMessage(err);
        setError(message);
        toast.error("Couldn't save the retention", { description: message });
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZMemoryRetentionDays.safeParse(limited ? Number(days) : null);
    if (!parsed.success || (limited && !/^\d+$/.test(days.trim()))) {
      setError(parsed.success ? "Enter a whole number of days." : `Days ${parsed.error.issues[0]?.message ?? "are not valid"}.`);
      return;
    }
    save.mutate({ workspaceSlug: workspace.slug, days: parsed.data });
  }

  return (
    <form onSubmit={submit} noValidate className="contents">
      <CardContent className="grid gap-4">
        <div className="flex items-center gap-3">
          <ToggleSwitch
            id="memory-retention-limited"
            checked={limited}
            onCheckedChange={(next) => {
              setLimited(next);
              setError(undefined);
            }}
            disabled={!canEdit || save.isPending}
          />
          <Label htmlFor="memory-retention-limited" className="font-normal">
            Erase old memory
          </Label>
        </div>
        {limited ? (
          <Field
            label="Keep memory for (days)"
            error={error}
            description="Pinned items are always kept. Items are erased with their vectors and the knowledge-graph links they made."
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={3650}
              value={days}
              onChange={(event) => {
                setDays(event.target.value);
                setError(undefined);
              }}
              disabled={!canEdit || save.isPending}
              className="max-w-32"
            />
          </Field>
        ) : (
          <p className="text-[13px] text-muted-foreground">Memory is kept until someone deletes it or its project.</p>
        )}
        {canEdit ? null : <p className="text-[13px] text-muted-foreground">Your role ({roleLabels[workspace.role]}) can&apos;t change the retention.</p>}
      </CardContent>
      {canEdit ? (
        <CardFooter className="justify-between gap-4 border-t">
          <p className="text-[13px] text-muted-foreground">Saving erases what is already older, in the background.</p>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            Save
          </Button>
        </CardFooter>
      ) : null}
    </form>
  );
}

export function MemoryRetentionCard() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const retention = useQuery(trpc.memory.retention.queryOptions({ workspaceSlug: workspace.slug }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Memory retention</CardTitle>
        <CardDescription>How long agents&apos; memory of this workspace&apos;s projects is kept: items not updated for longer are erased.</CardDescription>
      </CardHeader>
      {retention.data ? (
        <RetentionForm key={String(retention.data.days)} saved={retention.data.days} />
      ) : retention.isError ? (
        <CardContent>
          <p className="text-[13px] text-destructive">Couldn&apos;t load the retention: {errorMessage(retention.error)}</p>
        </CardContent>
      ) : (
        <CardContent>
          <Skeleton className="h-9 w-48" />
        </CardContent>
      )}
    </Card>
  );
}

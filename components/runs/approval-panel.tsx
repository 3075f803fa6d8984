"use client";

// What a run is waiting for a person to decide: a gate in the workflow, or a
// step going over the run's cost cap. Approving can add a note to the input of
// the steps that come next; rejecting ends the run (a gate) or fails the step
// (a budget). People without run.approve see the question, not the buttons.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Hand, ShieldCheck, Wallet, Wrench } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { RelativeTime } from "@/components/shell/relative-time";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import type { TRunApproval } from "./run-types";

export function ApprovalPanel({ runId, approval, stepTitle, now }: { runId: string; approval: TRunApproval; stepTitle: string; now: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace, can } = useWorkspace();
  const [comment, setComment] = useState("");
  const [inputEdit, setInputEdit] = useState("");
  const [choice, setChoice] = useState<"approve" | "reject" | null>(null);
  const headingId = useId();
  const gate = approval.reason === "gate";
  const tool = approval.reason === "tool";
  const copy = gate
    ? { heading: `Approval needed: ${stepTitle}`, note: "The run is paused until someone decides.", approve: "Approve and continue", rejected: "The run stops here." }
    : tool
      ? {
          heading: `Tool call needs approval: ${stepTitle}`,
          note: "The step is paused on this exact call. Approving lets it run; rejecting tells the agent it was refused, and the step carries on without it.",
          approve: "Allow this call",
          rejected: "The agent is told the call was refused.",
        }
      : { heading: `Over budget: ${stepTitle}`, note: "The step is paused; approving lifts this run's cost cap for it and tries again.", approve: "Approve and retry", rejected: "The step fails." };

  const decide = useMutation(
    trpc.run.decide.mutationOptions({
      onSuccess: (result) => {
        toast.success(result.status === "approved" ? `Approved: ${stepTitle}` : `Rejected: ${stepTitle}`, {
          description: result.status === "approved" ? "The run goes on." : copy.rejected,
        });
        void queryClient.invalidateQueries({ queryKey: trpc.run.get.queryKey({ workspaceSlug: workspace.slug, runId }) });
      },
      onError: (error) => toast.error("Couldn't record the decision", { description: errorMessage(error) }),
    }),
  );

  function submit(approved: boolean) {
    setChoice(approved ? "approve" : "reject");
    decide.mutate({
      workspaceSlug: workspace.slug,
      runId,
      approvalId: approval.id,
      approved,
      comment: comment.trim() || undefined,
      inputEdit: approved && gate ? inputEdit.trim() || undefined : undefined,
    });
  }

  const Icon = gate ? ShieldCheck : tool ? Wrench : Wallet;
  return (
    <section
      aria-labelledby={headingId}
      className="grid gap-4 rounded-xl border border-warning/40 bg-warning/[0.06] p-5 shadow-xs"
      data-approval={approval.id}
    >
      <div className="flex items-start gap-3">
        <span aria-hidden className="flex size-9 shrink-0 items-center justify-center rounded-lg border border-warning/30 bg-warning/15 text-warning">
          <Icon className="size-4.5" />
        </span>
        <div className="grid min-w-0 gap-1">
          <h2 id={headingId} className="text-base font-semibold">
            {copy.heading}
          </h2>
          {tool ? (
            <pre className="max-h-64 overflow-auto rounded-md border bg-muted/50 p-3 font-mono text-xs whitespace-pre-wrap" data-testid="tool-call-approval">
              {approval.prompt}
            </pre>
          ) : (
            <p className="text-sm leading-relaxed whitespace-pre-wrap text-foreground/85">{approval.prompt}</p>
          )}
          <p className="text-xs text-muted-foreground">
            {copy.note}{" "}
            <RelativeTime date={approval.expiresAt} prefix={approval.expiresAt.getTime() > now ? "Times out" : "Timed out"} />.
          </p>
        </div>
      </div>

      {can("run.approve") ? (
        <div className="grid gap-4 sm:pl-12">
          <div className={gate ? "grid gap-4 md:grid-cols-2" : "grid gap-4"}>
            {gate ? (
              <Field
                label="Add to the next steps' input"
                description="Optional. Corrections or decisions the agents after this gate should follow."
              >
                <Textarea
                  value={inputEdit}
                  onChange={(event) => setInputEdit(event.target.value)}
                  placeholder="e.g. Use PostgreSQL row-level security for tenancy; keep the API under /v1."
                  maxLength={20_000}
                  disabled={decide.isPending}
                />
              </Field>
            ) : null}
            <Field label="Comment" description="Optional. Kept with the decision for the record.">
              <Textarea
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                placeholder={gate ? "Looks good, go ahead." : "Fine for this run."}
                maxLength={2_000}
                className="min-h-20"
                disabled={decide.isPending}
              />
            </Field>
          </div>
          {decide.isError ? <FormError message={errorMessage(decide.error)} /> : null}
          <div className="flex flex-wrap items-center justify-end gap-2">
            <Button variant="outline" onClick={() => submit(false)} loading={decide.isPending && choice === "reject"} disabled={decide.isPending}>
              Reject
            </Button>
            <Button onClick={() => submit(true)} loading={decide.isPending && choice === "approve"} disabled={decide.isPending}>
              {copy.approve}
            </Button>
          </div>
        </div>
      ) : (
        <p className="flex items-center gap-2 text-sm text-muted-foreground sm:pl-12">
          <Hand aria-hidden className="size-4" />
          A member of the workspace can approve or reject this; your role can follow the run.
        </p>
      )}
    </section>
  );
}

"use client";

// "Resume from this step": start a new run that reuses every finished step not
// downstream of this one (no second bill for them) and runs this step and the
// ones after it again, optionally with this step's input, instructions or model
// edited first. Opens the new run.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFormFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { formatUsd, plural } from "./format";
import { stepsToRerun } from "./resume-plan";
import type { TRunDetail, TRunStep } from "./run-types";

const MODEL_REF = /^(openai|anthropic|compatible|offline):\S+$/;

export function ResumeDialog({ run, step }: { run: TRunDetail; step: TRunStep }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState("");
  const [prompt, setPrompt] = useState("");
  const [model, setModel] = useState("");
  const [modelError, setModelError] = useState<string | null>(null);
  const editable = step.kind === "agent";

  const plan = useMemo(() => {
    const rerun = stepsToRerun(run.steps, step.id);
    const reused = run.steps.filter((s) => !rerun.has(s.id) && (s.status === "succeeded" || s.status === "skipped"));
    return {
      rerun: run.steps.filter((s) => rerun.has(s.id)),
      reused,
      savedUsd: reused.reduce((sum, s) => sum + s.costUsd, 0),
    };
  }, [run.steps, step.id]);

  const resume = useMutation(
    trpc.run.resume.mutationOptions({
      onSuccess: (created) => {
        toast.success(`Run #${created.number} started`, { description: `Resumed from “${step.title}”, reusing ${plural(created.reused.length, "step")}.` });
        void queryClient.invalidateQueries({ queryKey: trpc.run.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.run.get.queryKey({ workspaceSlug: workspace.slug, runId: run.id }) });
        setOpen(false);
        router.push(`/${workspace.slug}/runs/${created.id}`);
      },
      onError: (error) => toast.error("Couldn't resume the run", { description: errorMessage(error) }),
    }),
  );

  function changeOpen(next: boolean) {
    if (resume.isPending) return;
    setOpen(next);
    if (!next) {
      setInput("");
      setPrompt("");
      setModel("");
      setModelError(null);
      resume.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedModel = model.trim();
    if (trimmedModel && !MODEL_REF.test(trimmedModel)) {
      setModelError("Write provider:model, e.g. openai:gpt-5-mini or anthropic:claude-sonnet-4-5.");
      return;
    }
    setModelError(null);
    const override = editable
      ? { input: input.trim() || undefined, prompt: prompt.trim() || undefined, model: trimmedModel || undefined }
      : undefined;
    const hasOverride = override && Object.values(override).some(Boolean);
    resume.mutate({ workspaceSlug: workspace.slug, runId: run.id, fromStep: step.id, override: hasOverride ? override : undefined });
  }

  const serverModelError = resume.isError ? fieldErrorsOf(resume.error).override : undefined;

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <RotateCcw aria-hidden />
          Resume from this step
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-xl">
        <form onSubmit={submit} noValidate className="grid gap-5">
          <DialogHeader>
            <DialogTitle>Resume run #{run.number} from “{step.title}”</DialogTitle>
            <DialogDescription>
              A new run starts with what already finished. {plural(plan.rerun.length, "step")} run again
              {plan.reused.length > 0 ? `; ${plural(plan.reused.length, "step")} ${plan.reused.length === 1 ? "is" : "are"} reused` : ""}
              {plan.savedUsd > 0 ? `, saving about ${formatUsd(plan.savedUsd)}` : ""}.
            </DialogDescription>
          </DialogHeader>

          <div className="grid gap-2 rounded-lg border bg-muted/30 px-3.5 py-3 text-sm">
            <p>
              <span className="font-medium">Runs again:</span>{" "}
              <span className="text-muted-foreground">{plan.rerun.map((s) => s.title).join(" → ")}</span>
            </p>
            {plan.reused.length > 0 ? (
              <p>
                <span className="font-medium">Reused:</span>{" "}
                <span className="text-muted-foreground">{plan.reused.map((s) => s.title).join(", ")}</span>
              </p>
            ) : null}
          </div>

          {editable ? (
            <div className="grid gap-4">
              <Field label="Additional input" description="Optional. Added to this step's task: what to fix, what changed, what to focus on.">
                <Textarea
                  value={input}
                  onChange={(event) => setInput(event.target.value)}
                  placeholder="e.g. Cover the password-reset flow with end-to-end tests."
                  maxLength={20_000}
                  disabled={resume.isPending}
                  autoFocus
                />
              </Field>
              <Field label="Instructions for this step" description="Optional. Replaces the step's own instructions from the workflow.">
                <Textarea
                  value={prompt}
                  onChange={(event) => setPrompt(event.target.value)}
                  maxLength={8_000}
                  className="min-h-16"
                  disabled={resume.isPending}
                />
              </Field>
              <Field
                label="Model"
                description="Optional. provider:model for this step only; empty uses the workspace's routing."
                error={modelError ?? serverModelError}
              >
                <Input
                  value={model}
                  onChange={(event) => {
                    setModel(event.target.value);
                    setModelError(null);
                  }}
                  placeholder={step.model ?? "openai:gpt-5-mini"}
                  autoComplete="off"
                  spellCheck={false}
                  className="font-mono"
                  disabled={resume.isPending}
                />
              </Field>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">An approval gate has nothing to edit: the new run asks for the decision again.</p>
          )}

          {resume.isError && !serverModelError ? <FormError message={errorMessage(resume.error)} /> : null}
          <DialogFormFooter submitLabel="Start new run" pending={resume.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

"use client";

// "Start run": choose a workflow template (cards with a picture of its steps),
// say what to build, start — and land on the new run's page to watch it. Opened
// from a project (the project is known) or from the runs list (choose one).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactElement } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { FormError } from "@/components/ui/form-error";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { plural } from "./format";
import { MAX_TASK, MIN_TASK, ProjectField, TaskField } from "./run-form-fields";
import type { TWorkflowTemplate } from "./run-types";
import { WorkflowPicture } from "@/components/workflows/workflow-picture";


const categoryLabels: Record<string, string> = {
  web: "Web",
  ai: "AI",
  api: "API",
  frontend: "Frontend",
  mobile: "Mobile",
  starter: "Starter",
  review: "Review",
};

function TemplateCards({
  templates,
  value,
  onChange,
  disabled,
}: {
  templates: TWorkflowTemplate[];
  value: string | null;
  onChange: (id: string) => void;
  disabled?: boolean;
}) {
  const labelId = useId();

  // A radio group is one tab stop; arrow keys move the choice (WAI-ARIA radio group pattern).
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = Math.max(0, templates.findIndex((t) => t.id === value));
    const next = templates[(index + step + templates.length) % templates.length];
    if (!next) return;
    onChange(next.id);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-template="${next.id}"]`)?.focus();
  }

  return (
    <div className="grid gap-2">
      <Label id={labelId}>Workflow</Label>
      <div role="radiogroup" aria-labelledby={labelId} onKeyDown={onKeyDown} className="grid gap-2.5 sm:grid-cols-2">
        {templates.map((template, i) => {
          const checked = template.id === value;
          const agents = template.steps.filter((s) => s.kind === "agent").length;
          const gates = template.steps.length - agents;
          return (
            <button
              key={template.id}
              type="button"
              role="radio"
              aria-checked={checked}
              data-template={template.id}
              tabIndex={checked || (value === null && i === 0) ? 0 : -1}
              disabled={disabled}
              onClick={() => onChange(template.id)}
              className={cn(
                "grid content-start gap-2 rounded-lg border bg-card p-3.5 text-left transition-[border-color,box-shadow,background-color] outline-none",
                "hover:border-foreground/20 focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-60",
                checked && "border-primary bg-primary/[0.04] ring-1 ring-primary hover:border-primary",
              )}
            >
              <span className="flex items-start justify-between gap-2">
                <span className="text-sm font-semibold">{template.name}</span>
                <Badge variant="secondary" className="font-normal">
                  {categoryLabels[template.category] ?? template.category}
                </Badge>
              </span>
              <span className="line-clamp-3 text-xs leading-relaxed text-muted-foreground">{template.description}</span>
              <span className="mt-1 flex items-end justify-between gap-3">
                <WorkflowPicture workflow={template} />
                <span className="text-right text-[11px] leading-tight text-muted-foreground">
                  {plural(agents, "agent")}
                  {gates ? <>, {plural(gates, "approval")}</> : null}
                  <br />
                  {plural(template.layers.length, "stage")}
                </span>
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}

export function StartRunDialog({ trigger, project }: { trigger: ReactElement; project?: { id: string; name: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [projectId, setProjectId] = useState<string | null>(project?.id ?? null);
  const [task, setTask] = useState("");
  const [errors, setErrors] = useState<{ task?: string; project?: string; form?: string }>({});

  const templates = useQuery({ ...trpc.workflow.templates.queryOptions({ workspaceSlug: workspace.slug }), enabled: open, staleTime: 10 * 60_000 });
  const projects = useQuery({ ...trpc.project.list.queryOptions({ workspaceSlug: workspace.slug, status: "active" }), enabled: open && !project });
  const chosenTemplate = templateId ?? templates.data?.[0]?.id ?? null;

  const start = useMutation(
    trpc.run.start.mutationOptions({
      onSuccess: (run) => {
        toast.success(`Run #${run.number} started`, { description: "The agents are on it. Follow them on the run page." });
        void queryClient.invalidateQueries({ queryKey: trpc.run.list.queryKey() });
        setOpen(false);
        router.push(`/${workspace.slug}/runs/${run.id}`);
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setErrors({ task: fields.task ? `The task ${fields.task}.` : undefined, form: fields.task ? undefined : errorMessage(error) });
      },
    }),
  );

  function changeOpen(next: boolean) {
    if (start.isPending) return;
    setOpen(next);
    if (!next) {
      setTask("");
      setTemplateId(null);
      setErrors({});
      setProjectId(project?.id ?? null);
      start.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!projectId) found.project = "Choose the project the agents work on.";
    if (task.trim().length < MIN_TASK) found.task = "Describe the task in a sentence or more.";
    if (!chosenTemplate) found.form = "Choose a workflow.";
    setErrors(found);
    if (Object.keys(found).length > 0 || !projectId || !chosenTemplate) return;
    start.mutate({ workspaceSlug: workspace.slug, projectId, templateId: chosenTemplate, task: task.trim() });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-3xl">
        <form onSubmit={submit} noValidate className="grid gap-6">
          <DialogHeader>
            <DialogTitle>Start a run{project ? ` on ${project.name}` : ""}</DialogTitle>
            <DialogDescription>
              Pick a workflow and tell the agents what to build. You can watch every step, approve the gates and stop it at any time.
            </DialogDescription>
          </DialogHeader>

          {project ? null : (
            <ProjectField
              projects={projects.data ?? []}
              loading={projects.isPending}
              value={projectId}
              onChange={(value) => {
                setProjectId(value);
                setErrors((e) => ({ ...e, project: undefined }));
              }}
              error={errors.project}
              disabled={start.isPending}
            />
          )}

          {templates.isPending ? (
            <div aria-busy className="grid gap-2.5 sm:grid-cols-2">
              <span className="sr-only" role="status">
                Loading workflows…
              </span>
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} className="h-32 rounded-lg" />
              ))}
            </div>
          ) : templates.isError ? (
            <ErrorState className="min-h-40" title="Couldn't load the workflows" message={errorMessage(templates.error)} onRetry={() => templates.refetch()} />
          ) : (
            <TemplateCards templates={templates.data} value={chosenTemplate} onChange={setTemplateId} disabled={start.isPending} />
          )}

          <TaskField
            value={task}
            onChange={(value) => {
              setTask(value);
              if (errors.task) setErrors((e) => ({ ...e, task: undefined }));
            }}
            error={errors.task}
            disabled={start.isPending}
            description="One paragraph is plenty: who it is for, the main features, and any constraints (stack, hosting, compliance). Every agent reads it first."
            placeholder="A booking app for a small yoga studio: members sign up, buy class passes and book classes; instructors see their rosters. Next.js and Postgres, GDPR-compliant."
            className="min-h-32"
          />

          <FormError message={errors.form} />
          <DialogFooter className="items-center sm:justify-between">
            <p className="text-xs text-muted-foreground tabular-nums">
              {task.trim().length.toLocaleString("en-US")} / {MAX_TASK.toLocaleString("en-US")} characters
            </p>
            <div className="flex flex-col-reverse gap-2 sm:flex-row">
              <DialogClose asChild>
                <Button variant="outline" disabled={start.isPending}>
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit" loading={start.isPending} disabled={templates.isPending}>
                Start run
              </Button>
            </div>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

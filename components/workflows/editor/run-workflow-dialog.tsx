"use client";

// "Run…": start a run of this workflow's saved version on a project, then
// open the run page to follow it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Info } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactElement } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Dialog, DialogContent, DialogDescription, DialogFormFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { MIN_TASK, ProjectField, TaskField } from "@/components/runs/run-form-fields";
import { useWorkspace } from "@/components/workspaces/workspace-context";


export function RunWorkflowDialog({
  trigger,
  workflow,
  unsaved,
}: {
  trigger: ReactElement;
  workflow: { id: string; name: string; version: number };
  /** The editor has changes the run will not include. */
  unsaved: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [task, setTask] = useState("");
  const [errors, setErrors] = useState<{ project?: string; task?: string; form?: string }>({});
  const projects = useQuery({ ...trpc.project.list.queryOptions({ workspaceSlug: workspace.slug, status: "active" }), enabled: open });

  const start = useMutation(
    trpc.run.start.mutationOptions({
      onSuccess: (run) => {
        toast.success(`Run #${run.number} started`, { description: `${workflow.name}, version ${workflow.version}` });
        void queryClient.invalidateQueries({ queryKey: trpc.run.list.queryKey() });
        setOpen(false);
        router.push(`/${workspace.slug}/runs/${run.id}`);
      },
      onError: (error) => {
        const task = fieldErrorsOf(error).task;
        setErrors(task ? { task: `The task ${task}.` } : { form: errorMessage(error) });
      },
    }),
  );

  function changeOpen(next: boolean) {
    if (start.isPending) return;
    setOpen(next);
    if (!next) {
      setErrors({});
      start.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!projectId) found.project = "Choose the project the agents work on.";
    if (task.trim().length < MIN_TASK) found.task = "Describe the task in a sentence or more.";
    setErrors(found);
    if (found.project || found.task || !projectId) return;
    start.mutate({ workspaceSlug: workspace.slug, projectId, workflowId: workflow.id, version: workflow.version, task: task.trim() });
  }

  const noProjects = projects.isSuccess && projects.data.length === 0;

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <form onSubmit={submit} noValidate className="grid gap-5">
          <DialogHeader>
            <DialogTitle>Run {workflow.name}</DialogTitle>
            <DialogDescription>Version {workflow.version} runs on the project you choose. You can follow every step and approve the gates on the run page.</DialogDescription>
          </DialogHeader>
          {unsaved ? (
            <p className="flex items-start gap-2 rounded-md border border-warning/30 bg-warning/10 px-3 py-2 text-[13px]">
              <Info className="mt-0.5 size-3.5 shrink-0 text-warning" aria-hidden />
              Your unsaved changes are not part of this run. Save them as a new version first to run them.
            </p>
          ) : null}
          <ProjectField
            projects={projects.data ?? []}
            loading={projects.isPending}
            value={projectId}
            onChange={(value) => {
              setProjectId(value);
              setErrors((e) => ({ ...e, project: undefined }));
            }}
            error={errors.project ?? (noProjects ? "This workspace has no active project yet: create one first." : undefined)}
            disabled={start.isPending || noProjects}
          />
          <TaskField
            value={task}
            onChange={(value) => {
              setTask(value);
              if (errors.task) setErrors((e) => ({ ...e, task: undefined }));
            }}
            error={errors.task}
            disabled={start.isPending}
            description="What to build: who it is for, the main features and any constraints. Every agent reads it first."
            className="min-h-28"
          />
          <FormError message={projects.isError ? `Couldn't load the projects: ${errorMessage(projects.error)}` : errors.form} />
          <DialogFormFooter submitLabel="Start run" pending={start.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

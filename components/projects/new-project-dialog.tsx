"use client";

// "New project": a dialog with the project's fields; on success it opens the new project.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactElement } from "react";
import { toast } from "sonner";

import { errorMessage } from "@/components/shell/errors";
import { useTRPC } from "@/components/providers/trpc";
import { FormError } from "@/components/ui/form-error";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import {
  clearChangedErrors,
  hasErrors,
  parseProjectForm,
  ProjectFields,
  projectErrorsFromServer,
  valuesFromProject,
  type TProjectFormErrors,
} from "./project-fields";

export function NewProjectDialog({ trigger }: { trigger: ReactElement }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(valuesFromProject);
  const [errors, setErrors] = useState<TProjectFormErrors>({});

  const create = useMutation(
    trpc.project.create.mutationOptions({
      onSuccess: (project) => {
        toast.success(`Created ${project.name}`);
        // The project page opens from cache instead of loading what we already have.
        queryClient.setQueryData(
          trpc.project.get.queryKey({ workspaceSlug: workspace.slug, projectSlug: project.slug }),
          project,
        );
        void queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.workspace.list.queryKey() });
        router.push(`/${workspace.slug}/projects/${project.slug}`);
        setOpen(false);
        setValues(valuesFromProject());
      },
      onError: (error) => {
        const message = errorMessage(error);
        setErrors(projectErrorsFromServer(error, message));
        toast.error("Couldn't create the project", { description: message });
      },
    }),
  );

  function changeOpen(next: boolean) {
    if (create.isPending) return;
    setOpen(next);
    if (!next) {
      setValues(valuesFromProject());
      setErrors({});
      create.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = parseProjectForm(values);
    setErrors(found);
    if (hasErrors(found)) return;
    create.mutate({ workspaceSlug: workspace.slug, ...input });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-xl">
        <form onSubmit={submit} noValidate className="grid gap-6">
          <DialogHeader>
            <DialogTitle>New project</DialogTitle>
            <DialogDescription>
              A project is something your agents work on: an app, a service, a site. You can change all of this later.
            </DialogDescription>
          </DialogHeader>
          <ProjectFields
            values={values}
            errors={errors}
            onChange={(next) => {
              setErrors((current) => clearChangedErrors(current, values, next));
              setValues(next);
            }}
            disabled={create.isPending}
            autoFocus
          />
          <FormError message={errors.form} />
          <DialogFormFooter submitLabel="Create project" pending={create.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

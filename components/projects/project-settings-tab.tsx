"use client";

// The project's Settings tab: edit its fields, then the danger zone (archive/restore, delete).
import { useMutation } from "@tanstack/react-query";
import { Info } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { toast } from "sonner";

import { roleLabels } from "@/components/members/roles";
import { useTRPC } from "@/components/providers/trpc";
import { DangerRow, DangerZone } from "@/components/shell/danger-zone";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TProject } from "@/server/services/projects/project-select";

import {
  clearChangedErrors,
  hasErrors,
  parseProjectForm,
  ProjectFields,
  projectErrorsFromServer,
  valuesFromProject,
  type TProjectFormErrors,
  type TProjectFormValues,
} from "./project-fields";
import { useArchiveProject } from "./use-archive-project";
import { useProjectCache } from "./use-project-cache";

function sameValues(a: TProjectFormValues, b: TProjectFormValues): boolean {
  const facts = (v: TProjectFormValues) => JSON.stringify(Object.entries(v.facts).filter(([, on]) => on).map(([k]) => k).sort());
  return (
    a.name.trim() === b.name.trim() &&
    a.description.trim() === b.description.trim() &&
    a.repositoryUrl.trim() === b.repositoryUrl.trim() &&
    facts(a) === facts(b)
  );
}

function RoleNotice({ children }: { children: ReactNode }) {
  return (
    <p className="flex items-start gap-2 rounded-md border bg-muted/50 px-3 py-2 text-[13px] text-muted-foreground">
      <Info className="mt-0.5 size-3.5 shrink-0" aria-hidden />
      <span>{children}</span>
    </p>
  );
}

function GeneralSettings({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const cache = useProjectCache();
  const { workspace, can } = useWorkspace();
  const canEdit = can("project.update");
  const [values, setValues] = useState(() => valuesFromProject(project));
  const [errors, setErrors] = useState<TProjectFormErrors>({});
  const dirty = !sameValues(values, valuesFromProject(project));

  const update = useMutation(
    trpc.project.update.mutationOptions({
      onSuccess: (saved) => {
        cache.updated(saved);
        setValues(valuesFromProject(saved));
        toast.success("Project settings saved");
      },
      onError: (error) => {
        const message = errorMessage(error);
        setErrors(projectErrorsFromServer(error, message));
        toast.error("Couldn't save the project settings", { description: message });
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = parseProjectForm(values);
    setErrors(found);
    if (hasErrors(found)) return;
    update.mutate({
      workspaceSlug: workspace.slug,
      projectId: project.id,
      name: input.name,
      description: input.description ?? "",
      // Keep settings this form does not edit.
      settings: { ...project.settings, ...input.settings },
    });
  }

  return (
    <Card>
      <form onSubmit={submit} noValidate className="contents">
        <CardHeader>
          <CardTitle>General</CardTitle>
          <CardDescription>The project&apos;s name, what it is, where its code lives and what workflows should know.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          {canEdit ? null : (
            <RoleNotice>
              Your role ({roleLabels[workspace.role]}) can view these settings but not change them. Ask someone with edit
              access if something needs updating.
            </RoleNotice>
          )}
          <ProjectFields
            values={values}
            errors={errors}
            onChange={(next) => {
              setErrors((current) => clearChangedErrors(current, values, next));
              setValues(next);
            }}
            disabled={!canEdit || update.isPending}
          />
          <FormError message={errors.form} />
        </CardContent>
        {canEdit ? (
          <CardFooter className="justify-end gap-2 border-t">
            <Button
              variant="ghost"
              disabled={!dirty || update.isPending}
              onClick={() => {
                setValues(valuesFromProject(project));
                setErrors({});
              }}
            >
              Discard changes
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              Save changes
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}

function ProjectDangerZone({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const router = useRouter();
  const cache = useProjectCache();
  const { workspace, can } = useWorkspace();
  const archive = useArchiveProject();
  const remove = useMutation(trpc.project.delete.mutationOptions());
  const archived = Boolean(project.archivedAt);
  const canArchive = can("project.archive");
  const canDelete = can("project.delete");
  const notAllowed = (what: string) => (
    <span className="mt-1 block text-xs">Your role ({roleLabels[workspace.role]}) can&apos;t {what}.</span>
  );

  async function deleteProject() {
    await remove.mutateAsync({ workspaceSlug: workspace.slug, projectId: project.id });
    toast.success(`Deleted ${project.name}`);
    router.push(`/${workspace.slug}/projects`);
    cache.removed(project.slug);
  }

  return (
    <DangerZone description={`Changes here affect everyone in ${workspace.name}.`}>
      <DangerRow
        title={archived ? "Restore project" : "Archive project"}
        description={
          <>
            {archived
              ? "Bring the project back to the active list."
              : "Hide the project from the active list. Nothing is deleted, and you can restore it at any time."}
            {canArchive ? null : notAllowed(archived ? "restore projects" : "archive projects")}
          </>
        }
        action={
          <Button
            variant="outline"
            loading={archive.isPending}
            disabled={!canArchive}
            onClick={() => archive.setArchived(project.id, !archived)}
          >
            {archived ? "Restore project" : "Archive project"}
          </Button>
        }
      />
      <DangerRow
        title="Delete project"
        description={
          <>
            Permanently delete the project and everything in it. This can&apos;t be undone.
            {canDelete ? null : notAllowed("delete projects")}
          </>
        }
        action={
          canDelete ? (
            <ConfirmDialog
              trigger={<Button variant="destructive">Delete project</Button>}
              title={`Delete ${project.name}?`}
              description="The project, its settings and everything the agents produced for it will be deleted for everyone. This can't be undone."
              confirmText={project.name}
              confirmLabel="Delete project"
              onConfirm={deleteProject}
            />
          ) : (
            <Button variant="destructive" disabled>
              Delete project
            </Button>
          )
        }
      />
    </DangerZone>
  );
}

export function ProjectSettingsTab({ project }: { project: TProject }) {
  return (
    <div className="grid max-w-3xl grid-cols-1 gap-6">
      <GeneralSettings key={project.id} project={project} />
      <ProjectDangerZone project={project} />
    </div>
  );
}

"use client";

// "New blank workflow": name it, and the editor opens on version 1 (one
// architect step to start from).
import { useState, type FormEvent, type ReactElement } from "react";

import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Dialog, DialogContent, DialogDescription, DialogFormFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { useCreateWorkflow } from "./use-create-workflow";

export function NewWorkflowDialog({ trigger }: { trigger: ReactElement }) {
  const { workspace } = useWorkspace();
  const create = useCreateWorkflow();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);

  function changeOpen(next: boolean) {
    if (create.isPending) return;
    setOpen(next);
    if (!next) {
      setName("");
      setNameError(null);
      create.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length < 3) return setNameError("Use at least 3 characters.");
    create.mutate({ workspaceSlug: workspace.slug, name: trimmed }, { onSuccess: () => setOpen(false) });
  }

  const serverNameError = create.error ? fieldErrorsOf(create.error).name : undefined;
  const formError = create.error && !serverNameError ? errorMessage(create.error) : null;

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} noValidate className="grid gap-6">
          <DialogHeader>
            <DialogTitle>New blank workflow</DialogTitle>
            <DialogDescription>It starts with one architecture step. Add agents and approval gates in the editor.</DialogDescription>
          </DialogHeader>
          <Field label="Name" error={nameError ?? (serverNameError ? `The name ${serverNameError}.` : undefined)} required>
            <Input
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setNameError(null);
              }}
              maxLength={80}
              placeholder="e.g. Billing service"
              autoFocus
              disabled={create.isPending}
            />
          </Field>
          <FormError message={formError} />
          <DialogFormFooter submitLabel="Create workflow" pending={create.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

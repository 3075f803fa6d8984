"use client";

// The prompt the latest PUBLISHED version renders for a sample task, on demand,
// with its token count. Unpublished edits are not in it (runs never see them
// either), so the card says so and suggests publishing first.
import { useMutation } from "@tanstack/react-query";
import { Info } from "lucide-react";
import { useState, type FormEvent } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { CopyButton } from "@/components/shell/copy-button";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { sampleTask } from "../agent-meta";
import type { TAgentDetail, TPromptPreview } from "../agent-types";

const numberFormat = new Intl.NumberFormat("en-US");

function PromptPanel({ title, text }: { title: string; text: string }) {
  return (
    <section aria-label={title} className="flex min-w-0 flex-col overflow-hidden rounded-lg border bg-muted/30">
      <div className="flex items-center justify-between gap-3 border-b bg-card px-3 py-1.5">
        <h4 className="text-sm font-medium">{title}</h4>
        <CopyButton value={text} size="icon-sm" variant="ghost" label={`Copy the ${title.toLowerCase()}`} successMessage={`${title} copied`} />
      </div>
      <pre
        tabIndex={0}
        className="max-h-96 min-h-32 overflow-auto px-3 py-2.5 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-foreground/90 outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset"
      >
        {text}
      </pre>
    </section>
  );
}

export function PublishedPreview({ agent, version, dirty }: { agent: TAgentDetail; version: number; dirty: boolean }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const [task, setTask] = useState(() => sampleTask(agent));
  const [taskError, setTaskError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ preview: TPromptPreview; version: number } | null>(null);
  const preview = useMutation(trpc.agent.previewPrompt.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!task.trim()) {
      setTaskError("Describe a task to preview.");
      return;
    }
    setTaskError(null);
    preview.mutate(
      { workspaceSlug: workspace.slug, agentId: agent.id, task: task.trim() },
      {
        onSuccess: (result) => setShown({ preview: result, version }),
        onError: (error) => setTaskError(fieldErrorsOf(error).task ?? null),
      },
    );
  }

  const failed = preview.isError && !fieldErrorsOf(preview.error).task ? errorMessage(preview.error) : null;

  return (
    <Card id="preview" className="scroll-mt-40">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          Preview of the published version <Badge variant="secondary">v{version}</Badge>
        </CardTitle>
        <CardDescription>
          What a model receives from version {version} for a sample task, and what it costs in tokens. Runs use the published
          version, so publish your edits first to preview them.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {dirty ? (
          <p className="flex items-start gap-2 rounded-md border border-warning/30 bg-warning/10 px-3 py-2 text-[13px]">
            <Info className="mt-0.5 size-3.5 shrink-0 text-warning" aria-hidden />
            <span>You have unpublished changes. They aren&apos;t in this preview until you publish them.</span>
          </p>
        ) : null}
        <form onSubmit={submit} noValidate className="grid gap-3">
          <Field label="Sample task" error={taskError}>
            <Textarea
              value={task}
              onChange={(event) => {
                setTask(event.target.value);
                if (taskError) setTaskError(null);
              }}
              rows={3}
              maxLength={20_000}
              className="max-h-48"
            />
          </Field>
          <Button type="submit" variant="outline" loading={preview.isPending} className="justify-self-start">
            Preview prompt
          </Button>
        </form>
        <FormError message={failed} />
        <p className="sr-only" role="status">
          {preview.isPending ? "Rendering the prompt…" : shown ? `Preview ready: ${numberFormat.format(shown.preview.tokenCount)} tokens.` : ""}
        </p>
        {shown ? (
          <div className="grid gap-4 border-t pt-5">
            <div className="grid gap-1">
              <p className="text-3xl font-semibold tracking-tight tabular-nums">
                {numberFormat.format(shown.preview.tokenCount)} <span className="text-lg font-medium text-muted-foreground">tokens</span>
              </p>
              {shown.version !== version ? (
                <p className="flex items-center gap-1.5 text-[13px] text-warning">
                  <Info className="size-3.5 shrink-0" aria-hidden />
                  This is version {shown.version}; version {version} was published since. Preview again.
                </p>
              ) : (
                <p className="text-[13px] text-muted-foreground">Version {shown.version}, system prompt and user message together.</p>
              )}
            </div>
            <div className="grid gap-4">
              <PromptPanel title="System prompt" text={shown.preview.system} />
              <PromptPanel title="User message" text={shown.preview.user} />
            </div>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

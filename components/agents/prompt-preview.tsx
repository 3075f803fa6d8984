"use client";

// "Preview prompt": render exactly what a model would receive from this agent
// for a sample task in a project, with its token count, the system prompt and
// the user message side by side, and anything trimmed to fit the budget.
import { useMutation, useQuery } from "@tanstack/react-query";
import { Info, Scissors } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { CopyButton } from "@/components/shell/copy-button";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select, SelectContent, SelectItem, SelectSeparator, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { sampleTask } from "./agent-meta";
import type { TAgentDetail, TPromptPreview } from "./agent-types";

const SAMPLE_PROJECT = "__sample__";
const numberFormat = new Intl.NumberFormat("en-US");

function CodePanel({ id, title, text }: { id: string; title: string; text: string }) {
  const lines = text.split("\n").length;
  return (
    <section aria-labelledby={`${id}-title`} className="flex min-w-0 flex-col overflow-hidden rounded-lg border bg-muted/30">
      <div className="flex items-center justify-between gap-3 border-b bg-card px-3 py-1.5">
        <h4 id={`${id}-title`} className="text-sm font-medium">
          {title}
        </h4>
        <div className="flex items-center gap-2">
          <span className="text-xs text-muted-foreground tabular-nums">
            {numberFormat.format(lines)} {lines === 1 ? "line" : "lines"}
          </span>
          <CopyButton value={text} size="icon-sm" variant="ghost" label={`Copy the ${title.toLowerCase()}`} successMessage={`${title} copied`} />
        </div>
      </div>
      <pre
        tabIndex={0}
        aria-label={title}
        className="max-h-[32rem] min-h-40 overflow-auto px-3 py-2.5 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-foreground/90 outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset"
      >
        {text}
      </pre>
    </section>
  );
}

function PreviewResult({ preview, stale }: { preview: TPromptPreview; stale: boolean }) {
  return (
    <div className="grid gap-4 border-t pt-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="grid gap-1">
          <p className="text-3xl font-semibold tracking-tight tabular-nums">
            {numberFormat.format(preview.tokenCount)} <span className="text-lg font-medium text-muted-foreground">tokens</span>
          </p>
          <p className="text-[13px] text-muted-foreground">
            System prompt and user message together.{" "}
            <span title={`Prompt hash ${preview.hash}`}>
              Hash <code className="font-mono text-xs">{preview.hash.slice(0, 12)}</code>
            </span>
          </p>
        </div>
        {stale ? (
          <p className="flex items-center gap-1.5 text-[13px] text-warning">
            <Info className="size-3.5 shrink-0" aria-hidden />
            The task or project changed. Preview again to update.
          </p>
        ) : null}
      </div>

      {preview.trimmed.length > 0 ? (
        <div className="grid gap-2 rounded-lg border border-warning/30 bg-warning/10 px-4 py-3 text-sm">
          <p className="flex items-center gap-2 font-medium">
            <Scissors className="size-4 shrink-0 text-warning" aria-hidden />
            {preview.trimmed.length} {preview.trimmed.length === 1 ? "item was" : "items were"} trimmed to fit the token budget
          </p>
          <ul className="grid gap-1 pl-6">
            {preview.trimmed.map((item, index) => (
              <li key={`${item.kind}-${index}`} className="flex flex-wrap items-center gap-2">
                <Badge variant={item.action === "dropped" ? "destructive" : "warning"}>{item.action}</Badge>
                <span>{item.label}</span>
                <span className="text-xs text-muted-foreground tabular-nums">{numberFormat.format(item.tokens)} tokens</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-[13px] text-muted-foreground">
          Nothing was trimmed. In a preview there are no upstream deliverables, hand-offs or memory yet; in a run they fill
          the user message and the lowest-ranked are trimmed first if the budget runs out.
        </p>
      )}

      <div className="grid gap-4 xl:grid-cols-2">
        <CodePanel id="preview-system" title="System prompt" text={preview.system} />
        <CodePanel id="preview-user" title="User message" text={preview.user} />
      </div>
    </div>
  );
}

export function PromptPreview({ agent }: { agent: TAgentDetail }) {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const [task, setTask] = useState(() => sampleTask(agent));
  const [projectId, setProjectId] = useState(SAMPLE_PROJECT);
  const [taskError, setTaskError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ preview: TPromptPreview; task: string; projectId: string } | null>(null);

  const projects = useQuery({
    ...trpc.project.list.queryOptions({ workspaceSlug: workspace.slug, status: "active" }),
    enabled: can("project.read"),
  });
  const preview = useMutation(trpc.agent.previewPrompt.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = task.trim();
    if (!trimmed) {
      setTaskError("Describe a task to preview.");
      return;
    }
    setTaskError(null);
    const input = { task, projectId };
    preview.mutate(
      { workspaceSlug: workspace.slug, agentId: agent.id, task: trimmed, projectId: projectId === SAMPLE_PROJECT ? undefined : projectId },
      {
        onSuccess: (result) => setShown({ preview: result, ...input }),
        onError: (error) => {
          const fieldError = fieldErrorsOf(error).task;
          if (fieldError) setTaskError(fieldError);
          else toast.error("Couldn't preview the prompt", { description: errorMessage(error) });
        },
      },
    );
  }

  const stale = shown !== null && (shown.task !== task || shown.projectId !== projectId);

  return (
    <Card id="preview" className="scroll-mt-6">
      <CardHeader>
        <CardTitle>Preview prompt</CardTitle>
        <CardDescription>
          See exactly what the model receives for a task, and how many tokens it costs before any work is done.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <form onSubmit={submit} noValidate className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <Field label="Sample task" error={taskError} required>
            <Textarea
              value={task}
              onChange={(event) => {
                setTask(event.target.value);
                if (taskError) setTaskError(null);
              }}
              rows={4}
              maxLength={20_000}
              className="max-h-60"
            />
          </Field>
          <div className="grid content-start gap-4">
            <Field label="Project" description="Its name, description, repository and facts fill the prompt.">
              {(control) => (
                <Select value={projectId} onValueChange={setProjectId}>
                  <SelectTrigger {...control}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value={SAMPLE_PROJECT}>Sample project</SelectItem>
                    {projects.data && projects.data.length > 0 ? <SelectSeparator /> : null}
                    {projects.data?.map((project) => (
                      <SelectItem key={project.id} value={project.id}>
                        {project.name}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            </Field>
            <Button type="submit" loading={preview.isPending} className="lg:mt-1">
              Preview prompt
            </Button>
          </div>
        </form>

        <p className="sr-only" role="status">
          {preview.isPending ? "Rendering the prompt…" : shown ? `Preview ready: ${numberFormat.format(shown.preview.tokenCount)} tokens.` : ""}
        </p>
        {shown ? <PreviewResult preview={shown.preview} stale={stale} /> : null}
      </CardContent>
    </Card>
  );
}

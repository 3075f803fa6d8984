"use client";

// One step of a run, opened from the graph: its state, agent and model, what it
// cost and how long it took, its error, the model's tokens while it runs, its
// deliverables, the handoffs it wrote, and — on a run that has stopped —
// "Resume from this step".
import { ArrowRight, CornerDownRight, X } from "lucide-react";
import type { ReactNode } from "react";

import { DateTime, RelativeTime } from "@/components/shell/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import Link from "next/link";
import { displayName, useWorkspace } from "@/components/workspaces/workspace-context";

import { ArtifactList } from "./artifact-viewer";
import { formatCount, formatDuration, formatUsd, spanMs } from "./format";
import { ResumeDialog } from "./resume-dialog";
import { OfflineBadge, StepStatusBadge } from "./run-status";
import { isActive, type TRunDetail, type TRunStep } from "./run-types";
import { StepStream } from "./step-stream";
import { StepToolCalls } from "./step-tool-calls";

function Stat({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn("grid min-w-0 content-start gap-1", className)}>
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm tabular-nums" suppressHydrationWarning>
        {children}
      </dd>
    </div>
  );
}

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section className="grid gap-2.5" aria-label={title}>
      <h3 className="flex items-center gap-2 text-sm font-semibold">
        {title}
        {count !== undefined ? <span className="text-xs font-normal text-muted-foreground tabular-nums">{count}</span> : null}
      </h3>
      {children}
    </section>
  );
}

type TOverride = { prompt?: string; model?: string; input?: string };

/** What a resume edited on this step, if anything (stored as JSON on the step). */
function overrideOf(value: unknown): TOverride | null {
  if (typeof value !== "object" || value === null) return null;
  const { prompt, model, input } = value as Record<string, unknown>;
  const found: TOverride = {
    ...(typeof prompt === "string" && prompt ? { prompt } : {}),
    ...(typeof model === "string" && model ? { model } : {}),
    ...(typeof input === "string" && input ? { input } : {}),
  };
  return Object.keys(found).length > 0 ? found : null;
}

const decisionLabel = { pending: "Pending", approved: "Approved", rejected: "Rejected", timed_out: "Timed out" } as const;
const decisionVariant = { pending: "warning", approved: "success", rejected: "destructive", timed_out: "secondary" } as const;

export function StepPanel({
  run,
  step,
  streamText,
  attemptMessages,
  agentName,
  now,
  openArtifactId,
  onToggleArtifact,
  onSelectStep,
  onClose,
}: {
  run: TRunDetail;
  step: TRunStep;
  streamText: string | undefined;
  attemptMessages: string[] | undefined;
  agentName: (agentId: string | null) => string;
  now: number;
  openArtifactId: string | null;
  onToggleArtifact: (artifactId: string) => void;
  onSelectStep: (stepId: string) => void;
  onClose: () => void;
}) {
  const { can, workspace } = useWorkspace();
  const artifacts = run.artifacts.filter((a) => a.stepId === step.id);
  const handoffs = run.handoffs.filter((h) => h.fromStepId === step.id);
  const approvals = run.approvals.filter((a) => a.stepId === step.id);
  const toolCalls = run.toolCalls.filter((c) => c.stepId === step.id);
  const titleOf = new Map(run.steps.map((s) => [s.id, s.title]));
  const running = step.status === "running";
  const agent = step.kind === "agent";
  const canResume = !isActive(run.status) && can("run.start");
  const duration = spanMs(step.startedAt, step.finishedAt, now);
  const override = overrideOf(step.override);

  return (
    <Card className="gap-0 py-0" aria-label={`Step: ${step.title}`} role="region" data-step-panel={step.id}>
      <div className="flex flex-col gap-3 border-b px-5 py-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid min-w-0 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-semibold tracking-tight">{step.title}</h2>
            <StepStatusBadge status={step.status} />
            {step.reused ? <Badge variant="outline">Reused from #{run.lineage.resumedFrom?.number}</Badge> : null}
            {step.conditional ? <Badge variant="outline">Conditional</Badge> : null}
          </div>
          <p className="text-sm text-muted-foreground">
            {agent ? agentName(step.agentId) : "Approval gate"}
            {step.group ? ` · ${step.group}` : null} · <span className="font-mono text-xs">{step.id}</span>
            {step.startedAt && !step.reused ? (
              <>
                {" · "}
                <RelativeTime date={step.startedAt} prefix="started" />
              </>
            ) : null}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {canResume ? <ResumeDialog run={run} step={step} /> : null}
          <Button variant="ghost" size="icon-sm" onClick={onClose} aria-label="Close step">
            <X aria-hidden />
          </Button>
        </div>
      </div>

      <CardContent className="grid gap-6 py-5">
        {agent ? (
          <dl className="grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3 lg:grid-cols-6">
            <Stat label="Model" className="col-span-2">
              {step.model ? (
                <span className="flex flex-wrap items-center gap-1.5">
                  <span className="truncate font-mono text-xs" title={step.model}>
                    {step.model}
                  </span>
                  {step.offline ? <OfflineBadge /> : null}
                </span>
              ) : (
                <span className="text-muted-foreground">{running ? "Choosing…" : "—"}</span>
              )}
            </Stat>
            <Stat label="Attempts">{step.attempts || "—"}</Stat>
            <Stat label="Tokens in / out">
              {step.inputTokens + step.outputTokens > 0 ? (
                <>
                  {formatCount(step.inputTokens)} <span className="text-muted-foreground">/</span> {formatCount(step.outputTokens)}
                </>
              ) : (
                "—"
              )}
            </Stat>
            <Stat label="Cost">{step.status === "succeeded" || step.costUsd > 0 ? formatUsd(step.costUsd) : "—"}</Stat>
            <Stat label={running ? "Running for" : "Took"}>{duration === null ? "—" : formatDuration(duration)}</Stat>
          </dl>
        ) : null}

        {override ? (
          <Section title="Edited when this run was resumed">
            <dl className="grid gap-2 rounded-lg border border-info/25 bg-info/[0.05] px-3.5 py-3 text-sm">
              {override.input ? (
                <div className="grid gap-0.5">
                  <dt className="text-xs font-medium text-muted-foreground">Additional input</dt>
                  <dd className="whitespace-pre-wrap">{override.input}</dd>
                </div>
              ) : null}
              {override.prompt ? (
                <div className="grid gap-0.5">
                  <dt className="text-xs font-medium text-muted-foreground">Instructions</dt>
                  <dd className="whitespace-pre-wrap">{override.prompt}</dd>
                </div>
              ) : null}
              {override.model ? (
                <div className="grid gap-0.5">
                  <dt className="text-xs font-medium text-muted-foreground">Model</dt>
                  <dd className="font-mono text-xs">{override.model}</dd>
                </div>
              ) : null}
            </dl>
          </Section>
        ) : null}

        {step.error ? (
          <p role="alert" className="rounded-lg border border-destructive/30 bg-destructive/[0.06] px-3.5 py-2.5 text-sm text-destructive">
            {step.error}
          </p>
        ) : null}

        {attemptMessages?.length ? (
          <Section title="Retries and fallbacks" count={attemptMessages.length}>
            <ul className="grid gap-1 font-mono text-xs text-muted-foreground">
              {attemptMessages.map((message, i) => (
                <li key={i} className="flex gap-2">
                  <CornerDownRight aria-hidden className="mt-0.5 size-3 shrink-0" />
                  {message}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {running ? (
          <StepStream text={streamText ?? ""} live />
        ) : streamText ? (
          <details className="group">
            <summary className="cursor-pointer text-sm font-medium text-muted-foreground outline-none select-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring">
              Show what the model streamed
            </summary>
            <StepStream text={streamText} live={false} className="mt-2" />
          </details>
        ) : null}

        {toolCalls.length > 0 ? (
          <Section title="Tool calls" count={toolCalls.length}>
            <StepToolCalls calls={toolCalls} />
            <Link href={`/${workspace.slug}/tools?tab=calls&run=${run.id}`} className="justify-self-start text-xs font-medium text-primary hover:underline">
              All tool calls of this run in the log
            </Link>
          </Section>
        ) : null}

        {approvals.length > 0 ? (
          <Section title={agent ? "Decisions" : "Decision"}>
            <ul className="grid gap-3">
              {approvals.map((approval) => (
                <li key={approval.id} className="grid gap-1.5 rounded-lg border px-3.5 py-3 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge variant={decisionVariant[approval.status]}>{decisionLabel[approval.status]}</Badge>
                    {approval.decidedBy ? <span>by {displayName(approval.decidedBy)}</span> : null}
                    {approval.decidedAt ? <DateTime date={approval.decidedAt} className="text-muted-foreground" /> : null}
                  </div>
                  <p className="text-muted-foreground">{approval.prompt}</p>
                  {approval.comment ? <p>“{approval.comment}”</p> : null}
                  {approval.inputEdit ? (
                    <div className="grid gap-1">
                      <span className="text-xs font-medium text-muted-foreground">Added to the next steps&apos; input</span>
                      <p className="rounded-md bg-muted/50 px-2.5 py-1.5 whitespace-pre-wrap">{approval.inputEdit}</p>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {agent ? (
          <Section title="Deliverables" count={artifacts.length}>
            {artifacts.length > 0 ? (
              <ArtifactList artifacts={artifacts} openId={openArtifactId} onToggle={onToggleArtifact} />
            ) : (
              <p className="text-sm text-muted-foreground">
                {running ? "They appear here when the agent finishes." : step.status === "succeeded" ? "This step produced no files." : "None yet."}
              </p>
            )}
          </Section>
        ) : null}

        {handoffs.length > 0 ? (
          <Section title="Handoffs" count={handoffs.length}>
            <ul className="grid gap-2.5">
              {handoffs.map((handoff) => (
                <li key={handoff.messageId} className="grid gap-1.5 rounded-lg border px-3.5 py-3 text-sm">
                  <p className="flex flex-wrap items-center gap-1.5 font-medium">
                    {agentName(handoff.fromAgent)}
                    <ArrowRight aria-label="to" className="size-3.5 text-muted-foreground" />
                    {agentName(handoff.toAgent)}
                  </p>
                  <p className="text-muted-foreground">{handoff.summary}</p>
                  {handoff.nextTasks.length > 0 ? (
                    <ul className="list-disc pl-5 text-[13px] text-foreground/85 marker:text-muted-foreground">
                      {handoff.nextTasks.map((task, i) => (
                        <li key={i}>{task}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {step.dependsOn.length > 0 ? (
          <p className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
            Waits for
            {step.dependsOn.map((dep) => (
              <Button key={dep} variant="outline" size="sm" className="h-6 px-2 text-xs" onClick={() => onSelectStep(dep)}>
                {titleOf.get(dep) ?? dep}
              </Button>
            ))}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

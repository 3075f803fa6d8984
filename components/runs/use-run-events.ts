"use client";

// Follows a run live over its server-sent events
// (GET /api/workspaces/{slug}/runs/{runId}/events):
// - `snapshot` (the whole run) replaces run.get's cached value, so every
//   component reading that query sees the run move;
// - `delta` (tokens a running step's model is streaming) accumulates per step,
//   flushed once per animation frame rather than once per token;
// - `attempt` (a retry or a fallback) is kept per step, and the step's streamed
//   text starts over with its next token;
// - `error`, or the stream dropping, falls back to fetching run.get, and
//   reconnects with back-off while the run is still going.
// The stream closes after the snapshot that shows the run finished.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import { useTRPC } from "@/components/providers/trpc";

import { isActive, reviveRun, type TRunDetail } from "./run-types";

export type TRunConnection = "connecting" | "live" | "reconnecting" | "closed";

type TStream = { text: string; sealed: boolean };

/** States after which a step's streamed text is complete: its next token starts a new stream. */
const SEALING = new Set(["succeeded", "failed", "skipped", "cancelled", "waiting_approval"]);
const MAX_BACKOFF_MS = 15_000;

function parse(event: MessageEvent): unknown {
  try {
    return JSON.parse(String(event.data));
  } catch {
    return null;
  }
}

export function useRunEvents({ workspaceSlug, runId, active }: { workspaceSlug: string; runId: string; active: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<TRunConnection>("connecting");
  const [streams, setStreams] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState<Record<string, string[]>>({});
  const [lastError, setLastError] = useState<string | null>(null);
  const buffer = useRef(new Map<string, TStream>());

  useEffect(() => {
    if (!active) return;
    const input = { workspaceSlug, runId };
    const queryKey = trpc.run.get.queryKey(input);
    const url = `/api/workspaces/${encodeURIComponent(workspaceSlug)}/runs/${encodeURIComponent(runId)}/events`;
    const streamsNow = buffer.current;
    let source: EventSource | null = null;
    let stopped = false;
    let failures = 0;
    let frame = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const flush = () => {
      frame = 0;
      setStreams(Object.fromEntries([...streamsNow].map(([stepId, s]) => [stepId, s.text])));
    };
    const scheduleFlush = () => {
      if (!frame) frame = requestAnimationFrame(flush);
    };

    const finish = () => {
      stopped = true;
      source?.close();
      setConnection("closed");
      void queryClient.invalidateQueries({ queryKey: trpc.run.list.queryKey() });
    };

    const onSnapshot = (event: MessageEvent) => {
      const data = parse(event);
      if (!data) return;
      const run = reviveRun(data);
      failures = 0;
      queryClient.setQueryData<TRunDetail>(queryKey, run);
      for (const step of run.steps) {
        const stream = streamsNow.get(step.id);
        if (stream && SEALING.has(step.status)) stream.sealed = true;
      }
      if (!isActive(run.status)) finish();
    };

    const onDelta = (event: MessageEvent) => {
      const data = parse(event) as { stepId?: string; text?: string } | null;
      if (!data?.stepId || typeof data.text !== "string") return;
      const stream = streamsNow.get(data.stepId);
      if (!stream || stream.sealed) streamsNow.set(data.stepId, { text: data.text, sealed: false });
      else stream.text += data.text;
      scheduleFlush();
    };

    const onAttempt = (event: MessageEvent) => {
      const data = parse(event) as { stepId?: string; message?: string } | null;
      if (!data?.stepId || !data.message) return;
      const stepId = data.stepId;
      const message = data.message;
      const stream = streamsNow.get(stepId);
      if (stream) stream.sealed = true;
      setAttempts((current) => ({ ...current, [stepId]: [...(current[stepId] ?? []), message] }));
    };

    // Either a connection failure (a plain Event) or the server's own `error` event (with data).
    const onError = (event: Event) => {
      if (stopped) return;
      if (event instanceof MessageEvent) {
        const data = parse(event) as { message?: string } | null;
        if (data?.message) setLastError(data.message);
      }
      source?.close();
      source = null;
      setConnection("reconnecting");
      failures += 1;
      void queryClient
        .fetchQuery({ ...trpc.run.get.queryOptions(input), staleTime: 0 })
        .then((run) => {
          if (stopped) return;
          if (!isActive(run.status)) return finish();
          retry = setTimeout(connect, Math.min(1_000 * 2 ** (failures - 1), MAX_BACKOFF_MS));
        })
        .catch(() => {
          // The run is gone or we lost access: the page shows run.get's error.
          if (!stopped) finish();
        });
    };

    function connect() {
      if (stopped) return;
      source = new EventSource(url);
      source.addEventListener("open", () => {
        setConnection("live");
        setLastError(null);
      });
      source.addEventListener("snapshot", onSnapshot);
      source.addEventListener("delta", onDelta);
      source.addEventListener("attempt", onAttempt);
      source.addEventListener("error", onError);
    }

    connect();
    return () => {
      stopped = true;
      source?.close();
      if (retry) clearTimeout(retry);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [active, workspaceSlug, runId, queryClient, trpc]);

  return { connection: active ? connection : ("closed" as const), streams, attempts, lastError };
}

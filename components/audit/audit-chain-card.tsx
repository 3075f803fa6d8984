"use client";

// The chain's integrity: "Verify chain" recomputes every hash on the server
// and says whether the log is intact (with its event count and head hash) or
// where it breaks; optionally against the head line of an earlier export.
// The export downloads the whole chain as JSON Lines.
import { useQuery } from "@tanstack/react-query";
import { Download, ShieldAlert, ShieldCheck } from "lucide-react";
import { useState, type FormEvent } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { CopyButton } from "@/components/shell/copy-button";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TAuditChainVerification } from "@/server/services/audit/verify-audit-chain";

import { shortHash } from "./audit-meta";

type TAnchor = { seq: number; hash: string };

/** The last line of an export, {"kind":"coral.audit.head","events":n,"head":"…"}, as an anchor. */
function parseHeadLine(text: string): TAnchor | string {
  try {
    const line = JSON.parse(text.trim()) as { kind?: unknown; events?: unknown; head?: unknown };
    if (line.kind === "coral.audit.head" && Number.isInteger(line.events) && typeof line.head === "string" && /^[0-9a-f]{64}$/.test(line.head)) {
      return { seq: line.events as number, hash: line.head };
    }
  } catch {
    // Falls through to the message below.
  }
  return 'Paste the last line of an export: {"kind":"coral.audit.head",…}.';
}

function VerificationResult({ result, anchored }: { result: TAuditChainVerification; anchored: boolean }) {
  if (result.ok) {
    return (
      <div role="status" className="flex flex-wrap items-start gap-3 rounded-lg border border-success/25 bg-success/10 px-4 py-3">
        <ShieldCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-success" />
        <div className="grid min-w-0 flex-1 gap-1 text-sm">
          <p className="font-medium">
            Chain intact: {result.events.toLocaleString("en")} {result.events === 1 ? "event" : "events"}
            {anchored ? ", including the head you kept" : ""}.
          </p>
          <p className="flex min-w-0 items-center gap-2 text-muted-foreground">
            Head <code className="truncate font-mono text-xs text-foreground" title={result.head}>{shortHash(result.head)}</code>
            <CopyButton value={result.head} label="Copy head hash" size="icon-sm" variant="ghost" successMessage="Head hash copied" />
          </p>
        </div>
      </div>
    );
  }
  return (
    <div role="alert" className="flex items-start gap-3 rounded-lg border border-destructive/25 bg-destructive/10 px-4 py-3">
      <ShieldAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-destructive" />
      <div className="grid gap-1 text-sm">
        <p className="font-medium text-destructive">Chain broken at event #{result.brokenAt}</p>
        <p>{result.reason}</p>
        <p className="text-muted-foreground">
          The {result.events.toLocaleString("en")} {result.events === 1 ? "event" : "events"} before it verified. Export the log now to keep a copy, and find out who had write access to the database.
        </p>
      </div>
    </div>
  );
}

export function AuditChainCard() {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const [headLine, setHeadLine] = useState("");
  const [anchor, setAnchor] = useState<TAnchor | undefined>(undefined);
  const [anchorError, setAnchorError] = useState<string | undefined>(undefined);
  const [requested, setRequested] = useState(false);
  const verify = useQuery({ ...trpc.audit.verify.queryOptions({ workspaceSlug: workspace.slug, anchor }), enabled: requested, staleTime: 0, gcTime: 0 });

  function run(event: FormEvent) {
    event.preventDefault();
    let next: TAnchor | undefined;
    if (headLine.trim()) {
      const parsed = parseHeadLine(headLine);
      if (typeof parsed === "string") {
        setAnchorError(parsed);
        return;
      }
      next = parsed;
    }
    setAnchorError(undefined);
    const same = next?.seq === anchor?.seq && next?.hash === anchor?.hash;
    setAnchor(next);
    setRequested(true);
    // Same input: the query key is unchanged, so ask again explicitly.
    if (requested && same) void verify.refetch();
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Integrity</CardTitle>
        <CardDescription>
          Each event carries the hash of the one before it, so editing, deleting or reordering any recorded event breaks the chain from there on. Keep the head of an export outside this app to
          also catch a rewritten or shortened log.
        </CardDescription>
        <CardAction>
          <Button asChild variant="outline">
            <a href={`/api/workspaces/${workspace.slug}/audit/export`} download>
              <Download aria-hidden />
              Export
            </a>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={run} className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
          <Field label="Compare with a kept head (optional)" description="The last line of an earlier export." error={anchorError}>
            <Input value={headLine} onChange={(e) => setHeadLine(e.target.value)} placeholder='{"kind":"coral.audit.head","events":…,"head":"…"}' className="font-mono text-xs" spellCheck={false} />
          </Field>
          <Button type="submit" loading={verify.isFetching} className="sm:mt-[22px]">
            Verify chain
          </Button>
        </form>
        <div aria-live="polite">
          {verify.isFetching ? (
            <p className="text-sm text-muted-foreground">Recomputing every hash…</p>
          ) : verify.isError ? (
            <ErrorState className="min-h-32" title="Couldn't verify the chain" message={errorMessage(verify.error)} onRetry={() => verify.refetch()} />
          ) : verify.data ? (
            <VerificationResult result={verify.data} anchored={Boolean(anchor)} />
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}

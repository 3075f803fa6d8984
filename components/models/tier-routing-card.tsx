"use client";

// Tier routing in Settings → Models: for each tier (fast, balanced, deep) the
// models the gateway tries, in order, with their list prices. Admins can set
// the tier's own list (provider:model, one per line), go back to the defaults,
// and send a test call through the real gateway.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FlaskConical, Pencil, RotateCcw, TriangleAlert } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { TierBadge } from "@/components/agents/agent-badges";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { formatDate, formatUsd } from "@/components/usage/format";
import { OfflineModelBadge } from "@/components/usage/usage-badges";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TModelOverview } from "@/server/services/models/model-overview";

import { MAX_TIER_MODELS, providerLabel, tierHints, tierTitles } from "./provider-meta";
import { parseTierModels } from "./settings-input";
import { TierTestResult } from "./tier-test-result";

type TTier = TModelOverview["tiers"][number];
type TTierModels = TModelOverview["settings"]["tierModels"];

function ModelList({ tier }: { tier: TTier }) {
  if (tier.models.length === 0) return null;
  return (
    <ol className="grid gap-1" aria-label={`${tierTitles[tier.tier]} tier models, in the order they are tried`}>
      {tier.models.map((m, i) => (
        <li key={m.ref} className="flex items-start gap-3 rounded-md py-1.5">
          <span
            aria-hidden
            className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-muted text-[11px] font-medium text-muted-foreground tabular-nums dark:bg-accent"
          >
            {i + 1}
          </span>
          <div className="grid min-w-0 gap-0.5">
            <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
              <code className="truncate font-mono text-[13px] font-medium">{m.model}</code>
              {m.provider === "offline" ? <OfflineModelBadge /> : <span className="text-xs text-muted-foreground">{providerLabel(m.provider)}</span>}
              {i === 0 ? null : (
                <span className="text-xs text-muted-foreground" title="Tried when the models above fail or their circuit is open">
                  fallback
                </span>
              )}
            </div>
            <p className="text-xs text-muted-foreground tabular-nums">
              {m.provider === "offline" ? (
                "Free: runs inside CoralCollective, no provider or network involved."
              ) : m.price ? (
                <>
                  {formatUsd(m.price.input)} in · {formatUsd(m.price.cachedInput)} cached in · {formatUsd(m.price.output)} out per 1M
                  tokens <span className="text-muted-foreground/80">· prices as of {formatDate(m.price.asOf)}</span>
                </>
              ) : (
                "No list price: calls are counted but recorded as unpriced."
              )}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}

function TierSection({ tier, tierModels, canManage }: { tier: TTier; tierModels: TTierModels; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const title = tierTitles[tier.tier];
  const current = tierModels[tier.tier] ?? [];
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();

  const save = useMutation(
    trpc.models.updateSettings.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.models.overview.queryKey() }),
    }),
  );
  const test = useMutation(
    trpc.models.test.mutationOptions({
      // A test is a real, recorded call: the usage page should show it.
      onSettled: () => void queryClient.invalidateQueries({ queryKey: trpc.usage.pathKey() }),
    }),
  );

  /**
   * Saves this tier's list; the others are sent as they are, read from the cache at the time of
   * saving (an Undo may run after other tiers changed), because the server replaces the whole map.
   */
  async function saveList(refs: string[]) {
    const latest = queryClient.getQueryData(trpc.models.overview.queryKey({ workspaceSlug: workspace.slug }))?.settings.tierModels ?? tierModels;
    await save.mutateAsync({ workspaceSlug: workspace.slug, tierModels: { ...latest, [tier.tier]: refs } });
  }

  function startEditing() {
    const start = current.length > 0 ? current : tier.models.filter((m) => m.provider !== "offline").map((m) => m.ref);
    setText(start.join("\n"));
    setError(undefined);
    setEditing(true);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseTierModels(text);
    if (parsed.error) return setError(parsed.error);
    try {
      await saveList(parsed.refs);
      setEditing(false);
      toast.success(parsed.refs.length ? `Saved the ${title.toLowerCase()} tier's models` : `The ${title.toLowerCase()} tier uses the defaults again`);
    } catch (err) {
      setError(fieldErrorsOf(err).tierModels ?? errorMessage(err));
    }
  }

  async function resetToDefaults() {
    const previous = current;
    try {
      await saveList([]);
      setEditing(false);
      toast.success(`The ${title.toLowerCase()} tier uses the defaults again`, {
        action: { label: "Undo", onClick: () => void saveList(previous).catch((err) => toast.error("Couldn't undo", { description: errorMessage(err) })) },
      });
    } catch (err) {
      toast.error("Couldn't reset the tier", { description: errorMessage(err) });
    }
  }

  return (
    <section aria-label={`${title} tier`} className="grid gap-3 px-5 py-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h3 className="flex items-center gap-2 text-sm font-semibold">
            <TierBadge tier={tier.tier} />
            {tier.custom ? (
              <Badge variant="secondary" className="font-normal">
                Custom list
              </Badge>
            ) : (
              <Badge variant="outline" className="font-normal text-muted-foreground">
                Defaults
              </Badge>
            )}
          </h3>
          <p className="text-[13px] text-muted-foreground">{tierHints[tier.tier]}</p>
        </div>
        {canManage ? (
          <div className="flex flex-wrap gap-2">
            {tier.custom && !editing ? (
              <Button variant="ghost" size="sm" onClick={resetToDefaults} loading={save.isPending && !editing}>
                <RotateCcw aria-hidden />
                Reset to defaults
              </Button>
            ) : null}
            {editing ? null : (
              <Button variant="outline" size="sm" onClick={startEditing}>
                <Pencil aria-hidden />
                Edit
              </Button>
            )}
            <Button variant="outline" size="sm" loading={test.isPending} onClick={() => test.mutate({ workspaceSlug: workspace.slug, tier: tier.tier })}>
              <FlaskConical aria-hidden />
              Test
            </Button>
          </div>
        ) : null}
      </div>

      {tier.problem ? (
        <p className="flex items-start gap-2 rounded-md border border-warning/30 bg-warning/10 px-3 py-2 text-[13px]">
          <TriangleAlert className="mt-0.5 size-3.5 shrink-0 text-warning" aria-hidden />
          {tier.problem}
        </p>
      ) : null}

      {editing ? (
        <form onSubmit={submit} noValidate className="grid gap-3">
          <Field
            label={`Models for the ${title.toLowerCase()} tier, in order`}
            error={error}
            description={`One provider:model per line, best first (up to ${MAX_TIER_MODELS}). Models of providers that are not configured are skipped. Save an empty list to use the defaults.`}
          >
            <Textarea
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setError(undefined);
              }}
              placeholder={"openai:gpt-5-mini\nanthropic:claude-haiku-4-5\ncompatible:llama3.1"}
              rows={4}
              spellCheck={false}
              autoComplete="off"
              className="font-mono text-[13px]"
              disabled={save.isPending}
              autoFocus
            />
          </Field>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="ghost" disabled={save.isPending} onClick={() => setEditing(false)}>
              Cancel
            </Button>
            {tier.custom ? (
              <Button variant="outline" disabled={save.isPending} onClick={resetToDefaults}>
                <RotateCcw aria-hidden />
                Reset to defaults
              </Button>
            ) : null}
            <Button type="submit" loading={save.isPending}>
              Save models
            </Button>
          </div>
        </form>
      ) : (
        <ModelList tier={tier} />
      )}

      {test.data || test.error ? <TierTestResult tierTitle={title} result={test.data} error={test.error ? errorMessage(test.error) : undefined} /> : null}
    </section>
  );
}

export function TierRoutingCard({ overview, canManage }: { overview: TModelOverview; canManage: boolean }) {
  return (
    <Card className="gap-0 pb-0">
      <CardHeader className="border-b">
        <CardTitle>Tier routing</CardTitle>
        <CardDescription>
          Every agent runs on a tier. The gateway tries the tier&apos;s models in order, retries on rate limits and outages, and
          falls back to the next model when one keeps failing.{canManage ? " Test sends one tiny, uncached call." : ""}
        </CardDescription>
      </CardHeader>
      <div className="divide-y">
        {overview.tiers.map((tier) => (
          <TierSection key={tier.tier} tier={tier} tierModels={overview.settings.tierModels} canManage={canManage} />
        ))}
      </div>
    </Card>
  );
}

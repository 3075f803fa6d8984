"use client";

// The response cache in Settings → Models: how long an answer is reused for
// the same prompt on the same model (0 turns the cache off), and whether calls
// with a temperature above 0 are cached too.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { describeTtl, MAX_TTL_SECONDS } from "./settings-input";
import { ToggleSwitch } from "@/components/ui/toggle-switch";

const CUSTOM = "custom";

const presets = [
  { seconds: 0, label: "Off — never reuse answers" },
  { seconds: 900, label: "15 minutes" },
  { seconds: 3_600, label: "1 hour" },
  { seconds: 21_600, label: "6 hours" },
  { seconds: 86_400, label: "1 day" },
  { seconds: 604_800, label: "7 days" },
  { seconds: MAX_TTL_SECONDS, label: "30 days" },
] as const;

export function CacheCard({ ttlSeconds, nonDeterministic, canManage }: { ttlSeconds: number; nonDeterministic: boolean; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const preset = presets.some((p) => p.seconds === ttlSeconds) ? String(ttlSeconds) : CUSTOM;
  const [choice, setChoice] = useState(preset);
  const [custom, setCustom] = useState(String(ttlSeconds));
  const [alsoRandom, setAlsoRandom] = useState(nonDeterministic);
  const [error, setError] = useState<string>();
  const switchLabel = useId();
  const switchHint = useId();

  const ttl = choice === CUSTOM ? Number(custom.trim()) : Number(choice);
  const dirty = ttl !== ttlSeconds || alsoRandom !== nonDeterministic;

  const save = useMutation(
    trpc.models.updateSettings.mutationOptions({
      onSuccess: () => {
        toast.success("Cache settings saved");
        void queryClient.invalidateQueries({ queryKey: trpc.models.overview.queryKey() });
      },
      onError: (err) => setError(errorMessage(err)),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_TTL_SECONDS) {
      return setError(`Enter whole seconds from 0 (off) to ${MAX_TTL_SECONDS.toLocaleString("en-US")} (30 days).`);
    }
    save.mutate({ workspaceSlug: workspace.slug, cacheTtlSeconds: ttl, cacheNonDeterministic: alsoRandom });
  }

  return (
    <Card className="min-w-0">
      <form onSubmit={submit} noValidate className="contents">
        <CardHeader>
          <CardTitle>Response cache</CardTitle>
          <CardDescription>
            The same prompt to the same model gets the stored answer instead of a new, paid call: from memory, Redis or the
            database.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          {canManage ? (
            <>
              <Field label="Keep answers for" description={ttl > 0 && Number.isFinite(ttl) ? `Answers are reused for ${describeTtl(ttl)}.` : "Every call goes to the model."}>
                {(control) => (
                  <Select
                    value={choice}
                    onValueChange={(v) => {
                      setChoice(v);
                      if (v === CUSTOM) setCustom(String(ttlSeconds));
                      setError(undefined);
                    }}
                    disabled={save.isPending}
                  >
                    <SelectTrigger {...control} className="max-w-64">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {presets.map((p) => (
                        <SelectItem key={p.seconds} value={String(p.seconds)}>
                          {p.label}
                        </SelectItem>
                      ))}
                      <SelectItem value={CUSTOM}>Custom…</SelectItem>
                    </SelectContent>
                  </Select>
                )}
              </Field>
              {choice === CUSTOM ? (
                <Field label="Seconds" error={error}>
                  <Input
                    type="number"
                    min={0}
                    max={MAX_TTL_SECONDS}
                    step={1}
                    value={custom}
                    onChange={(e) => {
                      setCustom(e.target.value);
                      setError(undefined);
                    }}
                    disabled={save.isPending}
                    className="max-w-40 tabular-nums"
                  />
                </Field>
              ) : null}
              <div className="flex items-start justify-between gap-4">
                <div className="grid gap-1">
                  <span id={switchLabel} className="text-sm font-medium">
                    Also cache non-deterministic calls
                  </span>
                  <span id={switchHint} className="text-[13px] text-muted-foreground">
                    Calls with a temperature above 0 are meant to vary; caching them repeats the first answer.
                  </span>
                </div>
                <ToggleSwitch
                  checked={alsoRandom}
                  onCheckedChange={setAlsoRandom}
                  aria-labelledby={switchLabel}
                  aria-describedby={switchHint}
                  disabled={save.isPending}
                  className="mt-0.5"
                />
              </div>
              {choice === CUSTOM ? null : <FormError message={error} />}
            </>
          ) : (
            <dl className="grid gap-2 text-sm">
              <div className="flex justify-between gap-3">
                <dt className="text-muted-foreground">Keep answers for</dt>
                <dd className="font-medium">{describeTtl(ttlSeconds)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-muted-foreground">Non-deterministic calls</dt>
                <dd className="font-medium">{nonDeterministic ? "Cached" : "Not cached"}</dd>
              </div>
            </dl>
          )}
        </CardContent>
        {canManage ? (
          <CardFooter className="mt-auto justify-end gap-2 border-t">
            <Button
              variant="ghost"
              disabled={!dirty || save.isPending}
              onClick={() => {
                setChoice(preset);
                setCustom(String(ttlSeconds));
                setAlsoRandom(nonDeterministic);
                setError(undefined);
              }}
            >
              Discard
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              Save cache settings
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}

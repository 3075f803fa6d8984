"use client";

// Budgets in Settings → Models: a monthly cap for the workspace and a default
// cap per run, in US dollars; empty means no cap. The gateway refuses a call
// before making it when its worst case would cross a cap.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, type FieldControlProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { formatUsd } from "@/components/usage/format";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { parseUsd } from "./settings-input";

const toText = (usd: number | null) => (usd === null ? "" : String(usd));

function UsdInput({ value, onChange, disabled, ...control }: FieldControlProps & { value: string; onChange: (value: string) => void; disabled: boolean }) {
  return (
    <div className="relative max-w-48">
      <span aria-hidden className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-sm text-muted-foreground">
        $
      </span>
      <Input
        {...control}
        inputMode="decimal"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="No cap"
        autoComplete="off"
        disabled={disabled}
        className="pl-6 tabular-nums"
      />
    </div>
  );
}

export function BudgetsCard({ monthlyBudgetUsd, runBudgetUsd, canManage }: { monthlyBudgetUsd: number | null; runBudgetUsd: number | null; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspace } = useWorkspace();
  const [monthly, setMonthly] = useState(() => toText(monthlyBudgetUsd));
  const [run, setRun] = useState(() => toText(runBudgetUsd));
  const [errors, setErrors] = useState<{ monthly?: string; run?: string; form?: string }>({});
  const dirty = monthly.trim() !== toText(monthlyBudgetUsd) || run.trim() !== toText(runBudgetUsd);

  const save = useMutation(
    trpc.models.updateSettings.mutationOptions({
      onSuccess: () => {
        toast.success("Budgets saved");
        void queryClient.invalidateQueries({ queryKey: trpc.models.overview.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.usage.summary.queryKey() });
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setErrors({ monthly: fields.monthlyBudgetUsd, run: fields.runBudgetUsd, form: fields.monthlyBudgetUsd || fields.runBudgetUsd ? undefined : errorMessage(error) });
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const m = parseUsd(monthly);
    const r = parseUsd(run);
    setErrors({ monthly: m.error, run: r.error });
    if (m.error || r.error) return;
    save.mutate({ workspaceSlug: workspace.slug, monthlyBudgetUsd: m.value, runBudgetUsd: r.value });
  }

  const show = (usd: number | null) => (usd === null ? <span className="text-muted-foreground">No cap</span> : <span className="font-medium tabular-nums">{formatUsd(usd)}</span>);

  return (
    <Card className="min-w-0">
      <form onSubmit={submit} noValidate className="contents">
        <CardHeader>
          <CardTitle>Budgets</CardTitle>
          <CardDescription>
            A call whose worst-case cost would cross a cap is refused before it is made, so spend never overshoots.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          {canManage ? (
            <>
              <Field label="Monthly cap (USD)" error={errors.monthly} description="For the whole workspace, per calendar month (UTC). Empty = no cap.">
                {(control) => (
                  <UsdInput {...control} value={monthly} onChange={(v) => (setMonthly(v), setErrors((e) => ({ ...e, monthly: undefined })))} disabled={save.isPending} />
                )}
              </Field>
              <Field label="Per-run cap (USD)" error={errors.run} description="The default for each workflow run; a run can set its own. Empty = no cap.">
                {(control) => (
                  <UsdInput {...control} value={run} onChange={(v) => (setRun(v), setErrors((e) => ({ ...e, run: undefined })))} disabled={save.isPending} />
                )}
              </Field>
              <FormError message={errors.form} />
            </>
          ) : (
            <dl className="grid gap-2 text-sm">
              <div className="flex justify-between gap-3">
                <dt className="text-muted-foreground">Monthly cap</dt>
                <dd>{show(monthlyBudgetUsd)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-muted-foreground">Per-run cap</dt>
                <dd>{show(runBudgetUsd)}</dd>
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
                setMonthly(toText(monthlyBudgetUsd));
                setRun(toText(runBudgetUsd));
                setErrors({});
              }}
            >
              Discard
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              Save budgets
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}

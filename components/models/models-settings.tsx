"use client";

// Settings → Models: which providers agents can call (and the offline model
// when there are none), the models behind each tier with their prices, the
// workspace's budgets and its response cache. Admins edit; members read.
import { useQuery } from "@tanstack/react-query";
import { Info, Lock } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { roleLabels } from "@/components/members/roles";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { BudgetsCard } from "./budgets-card";
import { CacheCard } from "./cache-card";
import { OfflineBanner } from "./offline-banner";
import { ProviderCard } from "./provider-card";
import { TierRoutingCard } from "./tier-routing-card";

function SectionHeading({ id, title, description }: { id: string; title: string; description: ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      <p className="text-sm text-muted-foreground">{description}</p>
    </div>
  );
}

function ModelsSkeleton() {
  return (
    <div aria-busy className="grid gap-6">
      <span className="sr-only" role="status">
        Loading model settings…
      </span>
      <Skeleton className="h-14 rounded-xl" />
      <div className="grid gap-4 lg:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <Card key={i}>
            <CardHeader>
              <Skeleton className="h-5 w-28" />
              <Skeleton className="h-4 w-full" />
            </CardHeader>
            <CardContent className="grid gap-2">
              <Skeleton className="h-4 w-full" />
              <Skeleton className="h-4 w-2/3" />
            </CardContent>
          </Card>
        ))}
      </div>
      <Skeleton className="h-96 rounded-xl" />
    </div>
  );
}

export function ModelsSettings() {
  const trpc = useTRPC();
  const { workspace, can } = useWorkspace();
  const allowed = can("usage.read");
  const canManage = can("models.manage");
  const overview = useQuery({ ...trpc.models.overview.queryOptions({ workspaceSlug: workspace.slug }), enabled: allowed });

  if (!allowed) {
    return (
      <EmptyState
        icon={<Lock />}
        title="Model settings are for members and above"
        description={`Your role (${roleLabels[workspace.role]}) can't see which providers, models and budgets this workspace uses.`}
      />
    );
  }
  if (overview.isPending) return <ModelsSkeleton />;
  if (overview.isError) {
    return <ErrorState title="Couldn't load model settings" message={errorMessage(overview.error)} onRetry={() => overview.refetch()} />;
  }

  const data = overview.data;
  const { settings } = data;

  return (
    <div className="grid grid-cols-1 gap-8">
      {data.offline ? <OfflineBanner canManage={canManage} /> : null}
      {canManage ? null : (
        <p className="flex items-start gap-2 rounded-md border bg-muted/50 px-3 py-2 text-[13px] text-muted-foreground">
          <Info className="mt-0.5 size-3.5 shrink-0" aria-hidden />
          <span>
            Your role ({roleLabels[workspace.role]}) can see these settings but not change them. Admins manage provider keys,
            routing, budgets and the cache.
          </span>
        </p>
      )}

      <section aria-labelledby="models-providers" className="grid gap-4">
        <SectionHeading
          id="models-providers"
          title="Providers"
          description="Where agents' model calls go. A key saved here is used by this workspace only and replaces the deployment's for that provider."
        />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
          {data.providers.map((state) => (
            <ProviderCard key={state.provider} state={state} canManage={canManage} />
          ))}
        </div>
      </section>

      <TierRoutingCard overview={data} canManage={canManage} />

      <section aria-labelledby="models-spend" className="grid gap-4">
        <SectionHeading
          id="models-spend"
          title="Spend"
          description={
            <>
              Caps and caching for every model call in {workspace.name}. See what was spent on the{" "}
              <Link href={`/${workspace.slug}/usage`} className="font-medium text-foreground underline-offset-4 hover:underline">
                Usage
              </Link>{" "}
              page.
            </>
          }
        />
        <div className="grid grid-cols-1 items-stretch gap-4 lg:grid-cols-2">
          {/* Keyed by the saved values so the forms start again from what the server now holds. */}
          <BudgetsCard
            key={`budgets-${settings.monthlyBudgetUsd}-${settings.runBudgetUsd}`}
            monthlyBudgetUsd={settings.monthlyBudgetUsd}
            runBudgetUsd={settings.runBudgetUsd}
            canManage={canManage}
          />
          <CacheCard
            key={`cache-${settings.cacheTtlSeconds}-${settings.cacheNonDeterministic}`}
            ttlSeconds={settings.cacheTtlSeconds}
            nonDeterministic={settings.cacheNonDeterministic}
            canManage={canManage}
          />
        </div>
      </section>
    </div>
  );
}

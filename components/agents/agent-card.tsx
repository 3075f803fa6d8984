// An agent in the catalogue grid: the whole card opens the agent's page.
import { ArrowRight } from "lucide-react";
import Link from "next/link";

import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { TAgentSummary } from "@/server/services/agents/agent-views";

import { CategoryBadge, CustomBadge, DeliverableChip, TierBadge } from "./agent-badges";

function Chips({ types, empty }: { types: string[]; empty: string }) {
  if (types.length === 0) return <span className="text-xs text-muted-foreground italic">{empty}</span>;
  return (
    <ul className="flex min-w-0 flex-wrap gap-1">
      {types.map((type) => (
        <li key={type} className="min-w-0">
          <DeliverableChip type={type} />
        </li>
      ))}
    </ul>
  );
}

export function AgentCard({ agent, href }: { agent: TAgentSummary; href: string }) {
  return (
    <Card className="group relative gap-4 py-4 transition-[border-color,box-shadow] focus-within:ring-2 focus-within:ring-ring hover:border-foreground/15 hover:shadow-sm">
      <div className="flex items-start gap-3 px-4">
        <Avatar name={agent.name} shape="square" aria-hidden />
        <div className="grid min-w-0 flex-1 gap-1.5">
          <h3 className="truncate text-sm font-semibold">
            <Link href={href} className="outline-none after:absolute after:inset-0 after:rounded-xl">
              {agent.name}
            </Link>
          </h3>
          <div className="flex flex-wrap items-center gap-1.5">
            <CategoryBadge category={agent.category} />
            <TierBadge tier={agent.modelTier} />
            {agent.custom ? <CustomBadge version={agent.custom.version} /> : null}
          </div>
        </div>
      </div>

      <p className="line-clamp-3 min-h-15 px-4 text-sm text-muted-foreground">{agent.description}</p>

      <dl className="mt-auto grid grid-cols-[auto_minmax(0,1fr)] items-baseline gap-x-3 gap-y-2 border-t px-4 pt-3">
        <dt className="text-[11px] font-medium text-muted-foreground uppercase">
          In<span className="sr-only">puts</span>
        </dt>
        <dd className="min-w-0">
          <Chips types={agent.inputs} empty="Just the task" />
        </dd>
        <dt className="flex items-center gap-1 text-[11px] font-medium text-muted-foreground uppercase">
          Out<span className="sr-only">puts</span>
          <ArrowRight className="size-3" aria-hidden />
        </dt>
        <dd className="min-w-0">
          <Chips types={agent.outputs.map((o) => o.type)} empty="Nothing" />
        </dd>
      </dl>
    </Card>
  );
}

export function AgentCardSkeleton() {
  return (
    <Card className="gap-4 py-4">
      <div className="flex items-start gap-3 px-4">
        <Skeleton className="size-8 rounded-md" />
        <div className="grid flex-1 gap-1.5">
          <Skeleton className="h-4 w-1/2" />
          <div className="flex gap-1.5">
            <Skeleton className="h-5 w-16" />
            <Skeleton className="h-5 w-16" />
          </div>
        </div>
      </div>
      <div className="grid gap-1.5 px-4">
        <Skeleton className="h-3.5 w-full" />
        <Skeleton className="h-3.5 w-full" />
        <Skeleton className="h-3.5 w-3/5" />
      </div>
      <div className="grid gap-2 border-t px-4 pt-3">
        <Skeleton className="h-4 w-3/4" />
        <Skeleton className="h-4 w-2/3" />
      </div>
    </Card>
  );
}

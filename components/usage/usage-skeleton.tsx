// The usage page while its numbers load: the same blocks, in the same places.
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

import { UsageStatsSkeleton } from "./usage-stats";

function CardSkeleton({ height, className }: { height: string; className?: string }) {
  return (
    <Card className={className}>
      <CardHeader>
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-4 w-64 max-w-full" />
      </CardHeader>
      <CardContent>
        <Skeleton className={height} />
      </CardContent>
    </Card>
  );
}

export function UsageSkeleton() {
  return (
    <div aria-busy className="grid gap-6">
      <span className="sr-only" role="status">
        Loading usage…
      </span>
      <UsageStatsSkeleton />
      <CardSkeleton height="h-10" />
      <CardSkeleton height="h-60" />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <CardSkeleton height="h-40" />
        <CardSkeleton height="h-40" />
        <CardSkeleton height="h-40" />
      </div>
    </div>
  );
}

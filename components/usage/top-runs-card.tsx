// The ten most expensive workflow runs in the window.
import { Workflow } from "lucide-react";
import Link from "next/link";

import { RelativeTime } from "@/components/shell/relative-time";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TUsageSummary } from "@/server/services/models/usage-summary";

import { formatCount, formatUsd } from "./format";

export function TopRunsCard({ runs, base }: { runs: TUsageSummary["topRuns"]; base: string }) {
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Top 10 most expensive runs</CardTitle>
        <CardDescription>Workflow runs in this window, by what their model calls cost.</CardDescription>
      </CardHeader>
      <CardContent>
        {runs.length === 0 ? (
          <div className="flex items-center gap-3 rounded-lg border border-dashed px-4 py-5 text-sm text-muted-foreground">
            <Workflow className="size-4 shrink-0" aria-hidden />
            No workflow runs made model calls in this window. Tests and direct calls are not part of a run.
          </div>
        ) : (
          <div className="-mx-5 overflow-x-auto px-5">
            <table className="w-full text-sm">
              <caption className="sr-only">The most expensive runs</caption>
              <thead>
                <tr className="border-b text-left text-xs text-muted-foreground">
                  <th scope="col" className="w-8 pr-3 pb-2 font-medium">
                    #
                  </th>
                  <th scope="col" className="pr-4 pb-2 font-medium">
                    Run
                  </th>
                  <th scope="col" className="pr-4 pb-2 font-medium">
                    Project
                  </th>
                  <th scope="col" className="pr-4 pb-2 text-right font-medium">
                    Calls
                  </th>
                  <th scope="col" className="pr-4 pb-2 text-right font-medium">
                    Cost
                  </th>
                  <th scope="col" className="pb-2 font-medium max-md:hidden">
                    Started
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {runs.map((run, i) => (
                  <tr key={run.runId}>
                    <td className="py-2.5 pr-3 text-xs text-muted-foreground tabular-nums">{i + 1}</td>
                    <td className="max-w-0 py-2.5 pr-4">
                      <code className="block truncate font-mono text-xs" title={run.runId}>
                        {run.runId}
                      </code>
                    </td>
                    <td className="py-2.5 pr-4 whitespace-nowrap">
                      {run.project ? (
                        <Link href={`${base}/projects/${run.project.slug}`} className="underline-offset-4 hover:underline">
                          {run.project.name}
                        </Link>
                      ) : (
                        <span className="text-muted-foreground">—</span>
                      )}
                    </td>
                    <td className="py-2.5 pr-4 text-right tabular-nums">{formatCount(run.calls)}</td>
                    <td className="py-2.5 pr-4 text-right font-medium tabular-nums">{formatUsd(run.costUsd)}</td>
                    <td className="py-2.5 whitespace-nowrap text-muted-foreground max-md:hidden">
                      <RelativeTime date={run.startedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

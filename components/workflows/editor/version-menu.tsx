"use client";

// Version history: every saved version, newest first, with who saved it and
// when. Choosing an older one opens it read-only.
import { ChevronDown, History } from "lucide-react";

import { RelativeTime } from "@/components/shell/relative-time";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

import type { TWorkflowVersionView } from "../workflow-types";

export function VersionMenu({ workflow, onOpen }: { workflow: TWorkflowVersionView; onOpen: (version: number) => void }) {
  const latest = workflow.version === workflow.latestVersion;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" aria-label={`Version history (showing version ${workflow.version})`}>
          <History aria-hidden />
          Version {workflow.version}
          {latest ? null : <span className="text-muted-foreground">of {workflow.latestVersion}</span>}
          <ChevronDown className="text-muted-foreground" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-72">
        <DropdownMenuLabel>Version history</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuRadioGroup value={String(workflow.version)} onValueChange={(value) => onOpen(Number(value))} aria-label="Versions">
          {workflow.versions.map((v) => (
            <DropdownMenuRadioItem key={v.version} value={String(v.version)} className="items-start">
              <span className="grid gap-0.5">
                <span className="font-medium">
                  Version {v.version}
                  {v.version === workflow.latestVersion ? <span className="ml-1.5 text-xs font-normal text-success">Latest</span> : null}
                </span>
                <span className="text-xs text-muted-foreground">
                  <RelativeTime date={v.createdAt} />
                  {v.createdBy?.name ? ` by ${v.createdBy.name}` : ""}
                </span>
              </span>
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

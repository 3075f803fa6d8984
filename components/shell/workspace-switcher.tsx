"use client";

// Top of the sidebar: the current workspace, and a menu to jump to another one or create one.
import { useQuery } from "@tanstack/react-query";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";

import { roleLabels } from "@/components/members/roles";
import { useTRPC } from "@/components/providers/trpc";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TWorkspaceListItem } from "@/server/services/workspaces/list-workspaces";

export function WorkspaceSwitcher({ initialWorkspaces }: { initialWorkspaces: TWorkspaceListItem[] }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const { data: workspaces = initialWorkspaces } = useQuery({
    ...trpc.workspace.list.queryOptions(),
    initialData: initialWorkspaces,
  });

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className={cn(
          "group flex w-full items-center gap-2.5 rounded-lg p-1.5 text-left outline-none",
          "transition-colors hover:bg-sidebar-accent focus-visible:ring-2 focus-visible:ring-sidebar-ring data-[state=open]:bg-sidebar-accent",
        )}
        aria-label={`Workspace: ${workspace.name}. Switch workspace`}
      >
        <Avatar name={workspace.name} shape="square" size="default" aria-hidden />
        <span className="grid min-w-0 flex-1 leading-tight">
          <span className="truncate text-sm font-semibold text-sidebar-accent-foreground">{workspace.name}</span>
          <span className="truncate text-xs text-muted-foreground">{roleLabels[workspace.role]}</span>
        </span>
        <ChevronsUpDown className="size-4 shrink-0 text-muted-foreground" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-(--radix-dropdown-menu-trigger-width) min-w-64">
        <DropdownMenuLabel>Workspaces</DropdownMenuLabel>
        {workspaces.map((item) => {
          const current = item.slug === workspace.slug;
          return (
            <DropdownMenuItem key={item.id} asChild>
              <Link href={`/${item.slug}`} aria-current={current ? "page" : undefined}>
                <Avatar name={item.name} shape="square" size="xs" aria-hidden />
                <span className="min-w-0 flex-1 truncate">{item.name}</span>
                <Badge variant="secondary" className="font-normal">
                  {roleLabels[item.role]}
                </Badge>
                <Check className={cn("size-4 text-foreground", !current && "invisible")} aria-hidden />
              </Link>
            </DropdownMenuItem>
          );
        })}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/new">
            <Plus aria-hidden />
            Create workspace
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

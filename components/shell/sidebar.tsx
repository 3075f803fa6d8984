"use client";

// The workspace sidebar: switcher, section links, account. Rendered fixed on wide
// screens and inside the mobile sheet on narrow ones.
import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/components/ui/cn";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TWorkspaceListItem } from "@/server/services/workspaces/list-workspaces";

import { developerNav, hrefOf, isActive, primaryNav, workspaceNav, type TNavItem } from "./nav-items";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

function NavLink({ item, base, pathname, onNavigate }: { item: TNavItem; base: string; pathname: string; onNavigate?: () => void }) {
  const active = isActive(item, base, pathname);
  const Icon = item.icon;
  return (
    <li>
      <Link
        href={hrefOf(item, base)}
        onClick={onNavigate}
        aria-current={active ? "page" : undefined}
        className={cn(
          "flex h-8 items-center gap-2.5 rounded-md px-2 text-sm font-medium outline-none",
          "transition-colors focus-visible:ring-2 focus-visible:ring-sidebar-ring",
          active
            ? "bg-sidebar-accent text-sidebar-accent-foreground"
            : "text-sidebar-foreground/80 hover:bg-sidebar-accent/60 hover:text-sidebar-accent-foreground",
        )}
      >
        <Icon className={cn("size-4 shrink-0", active ? "text-primary" : "text-muted-foreground")} aria-hidden />
        {item.label}
      </Link>
    </li>
  );
}

export function Sidebar({
  workspaces,
  onNavigate,
  className,
}: {
  workspaces: TWorkspaceListItem[];
  /** Called when a link is followed (closes the mobile sheet). */
  onNavigate?: () => void;
  className?: string;
}) {
  const { workspace, can } = useWorkspace();
  const pathname = usePathname();
  const base = `/${workspace.slug}`;

  return (
    <div className={cn("flex h-full flex-col gap-4 bg-sidebar p-3 text-sidebar-foreground", className)}>
      <WorkspaceSwitcher initialWorkspaces={workspaces} />
      <nav aria-label="Workspace" className="flex flex-1 flex-col gap-5 overflow-y-auto">
        <ul className="grid gap-0.5">
          {primaryNav.filter((item) => !item.permission || can(item.permission)).map((item) => (
            <NavLink key={item.label} item={item} base={base} pathname={pathname} onNavigate={onNavigate} />
          ))}
        </ul>
        <div className="grid gap-1">
          <h2 className="px-2 text-xs font-medium text-muted-foreground">Workspace</h2>
          <ul className="grid gap-0.5">
            {workspaceNav.map((item) => (
              <NavLink key={item.label} item={item} base={base} pathname={pathname} onNavigate={onNavigate} />
            ))}
          </ul>
        </div>
        <div className="grid gap-1">
          <h2 className="px-2 text-xs font-medium text-muted-foreground">Developers</h2>
          <ul className="grid gap-0.5">
            {developerNav.filter((item) => !item.permission || can(item.permission)).map((item) => (
              <NavLink key={item.label} item={item} base={base} pathname={pathname} onNavigate={onNavigate} />
            ))}
          </ul>
        </div>
      </nav>
      <UserMenu />
    </div>
  );
}

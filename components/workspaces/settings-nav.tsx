"use client";

// Sub-navigation of the workspace settings (General, Members, Models, API keys,
// Webhooks). Links, not tabs:
// each section is its own page with its own URL.
import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/components/ui/cn";
import type { TPermission } from "@/server/auth/permissions";

import { useWorkspace } from "./workspace-context";

const sections: { label: string; path: string; permission?: TPermission }[] = [
  { label: "General", path: "/settings" },
  { label: "Members", path: "/settings/members" },
  { label: "Models", path: "/settings/models" },
  { label: "API keys", path: "/settings/api-keys", permission: "apikey.manage" },
  { label: "Webhooks", path: "/settings/webhooks", permission: "webhook.manage" },
  { label: "GitHub", path: "/settings/github", permission: "github.manage" },
  { label: "Audit log", path: "/settings/audit", permission: "audit.read" },
];

export function SettingsNav() {
  const { workspace, can } = useWorkspace();
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="mb-8 overflow-x-auto border-b">
      <ul className="-mb-px flex gap-4">
        {sections.filter((section) => !section.permission || can(section.permission)).map((section) => {
          const href = `/${workspace.slug}${section.path}`;
          const active = pathname === href;
          return (
            <li key={section.path}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "relative inline-flex h-10 items-center rounded-sm px-1 text-sm font-medium outline-none transition-colors",
                  "focus-visible:ring-2 focus-visible:ring-ring",
                  "after:absolute after:inset-x-0 after:bottom-0 after:h-0.5 after:rounded-full",
                  active ? "text-foreground after:bg-primary" : "text-muted-foreground hover:text-foreground",
                )}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

// The workspace sections the sidebar links to. Sections land here as they ship
// with their issues, so nothing points at an empty page.
import { BarChart3, BookOpen, Bot, FolderKanban, KeyRound, LayoutDashboard, PlayCircle, Settings, Users, Webhook, Workflow, Wrench, type LucideIcon } from "lucide-react";
import type { TPermission } from "@/server/auth/permissions";

export type TNavItem = {
  label: string;
  /** Path below the workspace, "" for its overview. */
  path: string;
  icon: LucideIcon;
  /** Active on exactly this path (Overview) rather than on anything under it. */
  exact?: boolean;
  /** Sub-paths owned by another item, so both are not highlighted at once. */
  except?: string[];
  /** Shown only to roles holding it. */
  permission?: TPermission;
  /** An app-wide page outside the workspace (e.g. the API reference). */
  absolute?: boolean;
};

export const primaryNav: TNavItem[] = [
  { label: "Overview", path: "", icon: LayoutDashboard, exact: true },
  { label: "Projects", path: "/projects", icon: FolderKanban },
  { label: "Runs", path: "/runs", icon: PlayCircle },
  { label: "Workflows", path: "/workflows", icon: Workflow },
  { label: "Agents", path: "/agents", icon: Bot },
  { label: "Tools", path: "/tools", icon: Wrench, permission: "tools.read" },
  { label: "Usage", path: "/usage", icon: BarChart3, permission: "usage.read" },
];

export const workspaceNav: TNavItem[] = [
  { label: "Members", path: "/settings/members", icon: Users },
  { label: "Settings", path: "/settings", icon: Settings, except: ["/settings/members", "/settings/api-keys", "/settings/webhooks"] },
];

export const developerNav: TNavItem[] = [
  { label: "API keys", path: "/settings/api-keys", icon: KeyRound, permission: "apikey.manage" },
  { label: "Webhooks", path: "/settings/webhooks", icon: Webhook, permission: "webhook.manage" },
  { label: "API reference", path: "/docs/api", icon: BookOpen, absolute: true },
];

export const hrefOf = (item: TNavItem, base: string) => (item.absolute ? item.path : base + item.path);

export function isActive(item: TNavItem, base: string, pathname: string): boolean {
  const href = hrefOf(item, base);
  if (item.exact) return pathname === href;
  if (item.except?.some((p) => pathname === base + p || pathname.startsWith(`${base + p}/`))) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}

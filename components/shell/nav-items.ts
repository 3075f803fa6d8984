// The workspace sections the sidebar links to. Sections land here as they ship
// (runs, workflows… come with their issues), so nothing points at an empty page.
import { Bot, FolderKanban, LayoutDashboard, Settings, Users, type LucideIcon } from "lucide-react";

export type TNavItem = {
  label: string;
  /** Path below the workspace, "" for its overview. */
  path: string;
  icon: LucideIcon;
  /** Active on exactly this path (Overview) rather than on anything under it. */
  exact?: boolean;
  /** Sub-paths owned by another item, so both are not highlighted at once. */
  except?: string[];
};

export const primaryNav: TNavItem[] = [
  { label: "Overview", path: "", icon: LayoutDashboard, exact: true },
  { label: "Projects", path: "/projects", icon: FolderKanban },
  { label: "Agents", path: "/agents", icon: Bot },
];

export const workspaceNav: TNavItem[] = [
  { label: "Members", path: "/settings/members", icon: Users },
  { label: "Settings", path: "/settings", icon: Settings, except: ["/settings/members"] },
];

export function isActive(item: TNavItem, base: string, pathname: string): boolean {
  const href = base + item.path;
  if (item.exact) return pathname === href;
  if (item.except?.some((p) => pathname === base + p || pathname.startsWith(`${base + p}/`))) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}

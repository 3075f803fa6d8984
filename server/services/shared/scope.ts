// Who is acting, in which workspace. Entry points build it after resolving the
// membership; services read workspaceId from it for every tenant query.
import type { TRole } from "@/server/auth/permissions";

export type TWorkspaceScope = {
  workspaceId: string;
  /** The acting user and their role; `null` for the admin command line. */
  actor: { userId: string; role: TRole } | null;
};

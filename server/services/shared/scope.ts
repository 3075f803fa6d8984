// Who is acting, in which workspace. Entry points build it after resolving the
// membership; services read workspaceId from it for every tenant query.
import type { TRole } from "@/server/auth/permissions";

export type TWorkspaceScope = {
  workspaceId: string;
  /** The acting user and their role; `null` for the admin command line, API keys and the engine. */
  actor: { userId: string; role: TRole } | null;
  /** Set when the request came with an API key: the key acts (for the audit log). */
  apiKeyId?: string;
  /** The client's address as the proxy reports it, when the request came over HTTP (for the audit log). */
  ip?: string;
};

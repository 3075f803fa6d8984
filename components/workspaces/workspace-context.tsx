"use client";

// The workspace the dashboard is showing and who is looking at it, resolved once
// by the workspace layout on the server. Pages ask `can("project.create")` to show
// or hide actions; the server enforces the same table either way.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { TPermission, TRole } from "@/server/auth/permissions";

export type TShellWorkspace = { id: string; name: string; slug: string; role: TRole; permissions: TPermission[] };
export type TShellUser = { id: string; email: string; name: string | null };

type TWorkspaceContext = {
  workspace: TShellWorkspace;
  user: TShellUser;
  can: (permission: TPermission) => boolean;
};

const WorkspaceContext = createContext<TWorkspaceContext | null>(null);

export function WorkspaceProvider({
  workspace,
  user,
  children,
}: {
  workspace: TShellWorkspace;
  user: TShellUser;
  children: ReactNode;
}) {
  const value = useMemo<TWorkspaceContext>(() => {
    const granted = new Set<string>(workspace.permissions);
    return { workspace, user, can: (permission) => granted.has(permission) };
  }, [workspace, user]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): TWorkspaceContext {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace() must be used inside the workspace layout.");
  return value;
}

/** A person's display name: their name, else the part of their email before the @. */
export function displayName(person: { name: string | null; email: string }): string {
  return person.name?.trim() || person.email.split("@")[0] || person.email;
}

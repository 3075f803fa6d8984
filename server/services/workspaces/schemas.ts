import { z } from "zod";

export const ZWorkspaceName = z.string().trim().min(2, "Use at least 2 characters.").max(64, "Use at most 64 characters.");
export const ZWorkspaceSlug = z.string().trim().min(1).max(64).regex(/^[a-z0-9-]+$/, "Not a workspace address.");

export const ZCreateWorkspaceInput = z.object({ name: ZWorkspaceName });
export type TCreateWorkspaceInput = z.infer<typeof ZCreateWorkspaceInput>;

export const ZRenameWorkspaceInput = z.object({ name: ZWorkspaceName });
export type TRenameWorkspaceInput = z.infer<typeof ZRenameWorkspaceInput>;

export const ZDeleteWorkspaceInput = z.object({ confirmName: z.string() });
export type TDeleteWorkspaceInput = z.infer<typeof ZDeleteWorkspaceInput>;

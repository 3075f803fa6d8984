import { z } from "zod";
import { roles } from "@/server/auth/permissions";
import { ZEmail } from "../users/schemas";

export const ZRole = z.enum(roles);

export const ZChangeMemberRoleInput = z.object({ membershipId: z.string().min(1), role: ZRole });
export type TChangeMemberRoleInput = z.infer<typeof ZChangeMemberRoleInput>;

export const ZRemoveMemberInput = z.object({ membershipId: z.string().min(1) });
export type TRemoveMemberInput = z.infer<typeof ZRemoveMemberInput>;

export const ZAddMemberInput = z.object({ email: ZEmail, role: ZRole });
export type TAddMemberInput = z.infer<typeof ZAddMemberInput>;

import { getCurrentUser } from "@/server/services/users/get-current-user";
import { protectedProcedure } from "../../init";

export const meProcedure = protectedProcedure.query(({ ctx }) => getCurrentUser(ctx.userId));

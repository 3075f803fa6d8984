// tRPC setup and the procedure ladder:
//   publicProcedure → protectedProcedure (signed in)
//   → workspaceProcedure (membership resolved from `workspaceSlug`)
//   → .use(requirePermission("…")) (the permissions table decides).
// AppError is mapped to tRPC errors here, once.
import { experimental_standaloneMiddleware, initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { assertCan, type TPermission, type TRole } from "@/server/auth/permissions";
import { AppError, type TAppErrorCode } from "@/server/errors/app-error";
import { clientAddress } from "@/server/http/client-address";
import { describeZodError } from "@/server/errors/describe-zod-error";
import { ZWorkspaceSlug } from "@/server/services/workspaces/schemas";
import { resolveMembership } from "@/server/services/workspaces/resolve-membership";
import type { TWorkspaceScope } from "@/server/services/shared/scope";

export type TTrpcContext = { userId: string | null; headers: Headers };

const trpcCodes: Record<TAppErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID_INPUT: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  QUOTA_EXCEEDED: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
  BUDGET_EXCEEDED: "FORBIDDEN",
  MODEL_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  MODEL_REJECTED: "BAD_GATEWAY",
  MODEL_OUTPUT_INVALID: "BAD_GATEWAY",
};

export function toTrpcError(error: unknown): unknown {
  if (error instanceof AppError) return new TRPCError({ code: trpcCodes[error.code], message: error.message, cause: error });
  if (error instanceof ZodError) return new TRPCError({ code: "BAD_REQUEST", message: describeZodError(error), cause: error });
  return error;
}

const t = initTRPC.context<TTrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const appCode = error.cause instanceof AppError ? error.cause.code : null;
    // Input validation failures from `.input()` arrive as BAD_REQUEST with a ZodError cause.
    const message = error.cause instanceof ZodError ? describeZodError(error.cause) : shape.message;
    // Never leak internals of unexpected errors to the client.
    const safeMessage = error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : message;
    return { ...shape, message: safeMessage, data: { ...shape.data, stack: undefined, zodError, appCode } };
  },
});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause);
    if (mapped instanceof TRPCError) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { userId: ctx.userId } });
});

export const workspaceProcedure = protectedProcedure
  .input(z.object({ workspaceSlug: ZWorkspaceSlug }))
  .use(async ({ ctx, input, next }) => {
    const membership = await resolveMembership(ctx.userId, input.workspaceSlug);
    const scope: TWorkspaceScope = {
      workspaceId: membership.workspace.id,
      actor: { userId: ctx.userId, role: membership.role },
      ip: clientAddress(ctx.headers),
    };
    return next({ ctx: { membership, scope } });
  });

export function requirePermission(permission: TPermission) {
  return experimental_standaloneMiddleware<{ ctx: { membership: { role: TRole } } }>().create(({ ctx, next }) => {
    assertCan(ctx.membership.role, permission);
    return next();
  });
}

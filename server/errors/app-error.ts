// The one error type services throw. Entry points map it once: to tRPC errors
// (server/trpc/init.ts) and, later, to RFC 9457 problem+json for REST.
export const appErrorCodes = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  QUOTA_EXCEEDED: 402,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  // The model gateway: a cap would be crossed; no model could answer; the
  // provider rejected the request; the answer never matched its schema.
  BUDGET_EXCEEDED: 402,
  MODEL_UNAVAILABLE: 503,
  MODEL_REJECTED: 502,
  MODEL_OUTPUT_INVALID: 502,
} as const;

export type TAppErrorCode = keyof typeof appErrorCodes;

export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: TAppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return appErrorCodes[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found.`);

/** Prisma signals a unique-constraint violation with P2002. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** Prisma signals "no row matched this update/delete" with P2025. */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2025";
}

/** Run a scoped update/delete; a row of another workspace reads as not found. */
export async function orNotFound<T>(what: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isRecordNotFound(error)) throw notFound(what);
    throw error;
  }
}

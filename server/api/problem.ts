// RFC 9457 problem details: the one shape every failure of the REST API takes.
// `type` names the kind of problem (documented on the API reference page),
// `detail` says what happened to this request, `errors` names each bad field.
import { ZodError } from "zod";
import { AppError, type TAppErrorCode } from "@/server/errors/app-error";

export type TFieldError = { field: string; message: string };

export type TProblem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: TFieldError[];
};

/** Problem kinds, their status and title. The slug is the fragment of `type`. */
export const problemKinds = {
  "malformed-request": { status: 400, title: "Malformed request" },
  unauthenticated: { status: 401, title: "Unauthenticated" },
  "payment-required": { status: 402, title: "Quota or budget exceeded" },
  forbidden: { status: 403, title: "Missing scope" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "invalid-fields": { status: 422, title: "Invalid fields" },
  "idempotency-key-reused": { status: 422, title: "Idempotency key reused" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "internal-error": { status: 500, title: "Internal error" },
  "upstream-error": { status: 502, title: "Upstream model error" },
  unavailable: { status: 503, title: "Unavailable" },
} as const;

export type TProblemKind = keyof typeof problemKinds;

export const PROBLEM_TYPE_BASE = "https://coralcollective.dev/problems/";

export class ApiProblem extends Error {
  constructor(
    readonly kind: TProblemKind,
    readonly detail: string,
    readonly extra: { errors?: TFieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }

  get status(): number {
    return problemKinds[this.kind].status;
  }

  toJSON(): TProblem {
    const { status, title } = problemKinds[this.kind];
    return { type: PROBLEM_TYPE_BASE + this.kind, title, status, detail: this.detail, ...(this.extra.errors ? { errors: this.extra.errors } : {}) };
  }
}

export function problemResponse(problem: ApiProblem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem.toJSON()), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", ...headers, ...problem.extra.headers },
  });
}

const kindOfAppError: Record<TAppErrorCode, TProblemKind> = {
  INVALID_INPUT: "invalid-fields",
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not-found",
  CONFLICT: "conflict",
  QUOTA_EXCEEDED: "payment-required",
  RATE_LIMITED: "rate-limited",
  UNAVAILABLE: "unavailable",
  BUDGET_EXCEEDED: "payment-required",
  MODEL_UNAVAILABLE: "unavailable",
  MODEL_REJECTED: "upstream-error",
  MODEL_OUTPUT_INVALID: "upstream-error",
};

export function fieldErrors(error: ZodError, prefix?: string): TFieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return { field: [prefix, path].filter(Boolean).join(".") || "(body)", message: issue.message };
  });
}

/** Any error thrown below the REST layer, as a problem. Unknown errors become a 500 without internals. */
export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof ZodError) {
    const errors = fieldErrors(error);
    return new ApiProblem("invalid-fields", errors.map((e) => `${e.field}: ${e.message}`).join(" "), { errors });
  }
  if (error instanceof AppError) return new ApiProblem(kindOfAppError[error.code], error.message);
  return new ApiProblem("internal-error", "Something went wrong on our side. The error was logged; retrying with the same Idempotency-Key is safe.");
}

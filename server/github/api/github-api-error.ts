// The one error the GitHub REST facade throws: GitHub's status, message and
// documentation link, so a caller can tell "gone" (404) from "not allowed"
// (401/403), "GitHub refused this input" (422) and "try again later" (5xx).
// Kept apart from AppError because these are GitHub's answers, which each
// service translates in its own terms. Holds no request: Octokit's errors
// carry the request headers, and the token must never reach a log.
import { ZodError } from "zod";
import { describeZodError } from "@/server/errors/describe-zod-error";

export class GitHubApiError extends Error {
  readonly status: number;
  readonly documentationUrl: string | undefined;

  constructor(status: number, message: string, documentationUrl?: string) {
    super(message);
    this.name = "GitHubApiError";
    this.status = status;
    this.documentationUrl = documentationUrl;
  }

  /** 5xx, rate limits and timeouts: worth retrying later; anything else will fail the same way again. */
  get isTransient(): boolean {
    return this.status >= 500 || this.status === 429 || (this.status === 403 && /rate limit/i.test(this.message));
  }
}

type TOctokitErrorShape = { status: number; message: string; response?: { data?: unknown } };

function isOctokitError(error: unknown): error is TOctokitErrorShape {
  // Duck-typed: the request-error class can exist twice in node_modules, which breaks instanceof.
  return error instanceof Error && typeof (error as { status?: unknown }).status === "number";
}

function describeErrors(errors: unknown): string {
  if (!Array.isArray(errors) || errors.length === 0) return "";
  const parts = errors.map((e) => {
    if (typeof e === "string") return e;
    if (e && typeof e === "object" && "message" in e && typeof e.message === "string") return e.message;
    return JSON.stringify(e);
  });
  return `: ${parts.join("; ")}`;
}

// Our own request deadline (AbortSignal.timeout), which Octokit wraps as a 500.
function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === "TimeoutError" || (error.cause instanceof Error && error.cause.name === "TimeoutError");
}

/** Any failure of a GitHub call as a GitHubApiError; errors that are not GitHub's pass through. */
export function toGitHubApiError(error: unknown): unknown {
  if (error instanceof GitHubApiError) return error;
  if (error instanceof ZodError) return new GitHubApiError(502, `GitHub answered with an unexpected shape: ${describeZodError(error)}`);
  if (isTimeout(error)) return new GitHubApiError(504, "GitHub did not answer in time.");
  if (!isOctokitError(error)) return error;
  const data = error.response?.data;
  if (data && typeof data === "object" && "message" in data && typeof data.message === "string") {
    const docs = "documentation_url" in data && typeof data.documentation_url === "string" ? data.documentation_url : undefined;
    return new GitHubApiError(error.status, `${data.message}${describeErrors("errors" in data ? data.errors : undefined)}`, docs);
  }
  // No GitHub body: a network failure (Octokit reports those as 500) or a proxy's HTML page.
  return new GitHubApiError(error.status, error.message);
}

/** Await a GitHub call, turning its failure into a GitHubApiError. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toGitHubApiError(error);
  }
}

/** Await a GitHub call; a 404 becomes null. */
export async function nullOn404<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await guarded(work);
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) return null;
    throw error;
  }
}

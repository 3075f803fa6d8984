// Reading tRPC errors on the client: the human message for toasts, the code for
// branching (NOT_FOUND, FORBIDDEN…) and per-field validation messages for forms.
const FALLBACK = "Something went wrong. Please try again.";

type TErrorData = { code?: string; zodError?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null };

function dataOf(error: unknown): TErrorData | undefined {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const data = (error as { data?: unknown }).data;
  return typeof data === "object" && data !== null ? (data as TErrorData) : undefined;
}

export function errorMessage(error: unknown, fallback = FALLBACK): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

/** The tRPC error code, e.g. "NOT_FOUND", "FORBIDDEN", "CONFLICT". */
export function errorCode(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

/** First server validation message per top-level input field (`name`, `settings`…). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = dataOf(error)?.zodError?.fieldErrors ?? {};
  const result: Record<string, string> = {};
  for (const [key, messages] of Object.entries(fields)) {
    const first = messages?.[0];
    if (first) result[key] = first;
  }
  return result;
}

/** First message per dotted path from a client-side zod parse, e.g. "settings.repositoryUrl". */
export function issuesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    result[key] ??= issue.message;
  }
  return result;
}

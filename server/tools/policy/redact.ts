// Keeps secrets out of audit rows, logs and error messages: arguments whose key
// looks like a credential are blanked, and any occurrence of a known secret
// value (a tool server's token, say) is cut out of every string.
export const REDACTED = "[redacted]";

// Whole words of a key name (camelCase, snake_case and kebab-case split), so
// "max_tokens" and "keyword" are kept while "apiKey" and "x-auth-token" are not.
const secretWords = new Set(["token", "secret", "password", "passwd", "pwd", "authorization", "auth", "key", "apikey", "credential", "credentials", "cookie", "bearer"]);

/** Secret values shorter than this are not searched for: they would blank ordinary text. */
const MIN_SECRET_LENGTH = 4;

export function isSecretKey(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.some((w) => secretWords.has(w));
}

/** Every occurrence of each secret (and of its URL-encoded form) replaced by "[redacted]". */
export function redactText(text: string, secretValues: readonly string[]): string {
  const needles = new Set<string>();
  for (const secret of secretValues) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
  }
  // Longest first, so a secret that contains another is cut whole.
  let out = text;
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) out = out.split(needle).join(REDACTED);
  return out;
}

export function redactArguments<T>(args: T, secretValues: readonly string[] = []): T {
  return redactValue(args, secretValues, new WeakSet()) as T;
}

function redactValue(value: unknown, secrets: readonly string[], seen: WeakSet<object>): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return REDACTED;
  // Only the ancestors count as a cycle: an object shared by two branches is redacted twice.
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((item) => redactValue(item, secrets, seen));
  else {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = isSecretKey(key) && item !== null && item !== undefined && item !== "" ? REDACTED : redactValue(item, secrets, seen);
    }
    out = copy;
  }
  seen.delete(value);
  return out;
}

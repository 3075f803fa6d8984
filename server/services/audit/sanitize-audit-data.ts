// What an audit event may carry in `data`. Callers pass small facts (old and
// new role, the endpoint URL, a key's prefix) and never secrets; this is the
// safety net: it keeps only plain JSON, redacts values under secret-sounding
// keys and strings shaped like our keys and tokens, and replaces anything over
// AUDIT_DATA_MAX_BYTES with a marker, so one event can never bloat the chain.
export const AUDIT_DATA_MAX_BYTES = 8 * 1024;
export const REDACTED = "[redacted]";
const MAX_DEPTH = 12;

// A key is secret when one of its words is one of these ("apiKey", "webhook_secret", "tokenHash")…
const SECRET_WORDS = new Set(["token", "secret", "secrets", "password", "passwd", "passphrase", "key", "keys", "credential", "credentials", "authorization", "cookie", "signature"]);
// …unless its last word says it names or counts rather than holds one ("apiKeyId", "keyPrefix", "tokenCount").
const HARMLESS_LAST_WORDS = new Set(["id", "ids", "prefix", "name", "names", "count", "type", "scopes"]);

// Strings shaped like credentials, wherever they appear: our API keys and
// webhook secrets, bearer headers, common provider and GitHub tokens.
const SECRET_VALUES = [/cc_live_[A-Za-z0-9]{32}/g, /whsec_[A-Za-z0-9_-]{16,}/g, /Bearer\s+[A-Za-z0-9._~+/-]+=*/gi, /sk-[A-Za-z0-9_-]{16,}/g, /gh[pousr]_[A-Za-z0-9]{20,}/g];

function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isSecretKey(key: string): boolean {
  const words = wordsOf(key);
  const last = words[words.length - 1];
  if (last && HARMLESS_LAST_WORDS.has(last)) return false;
  return words.some((w) => SECRET_WORDS.has(w));
}

// PostgreSQL's jsonb refuses NUL characters and unpaired surrogates.
function storableString(value: string): string {
  let text = value.replace(/\u0000/g, "").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  for (const pattern of SECRET_VALUES) text = text.replace(pattern, REDACTED);
  return text;
}

function clean(value: unknown, depth: number): unknown {
  if (typeof value === "string") return storableString(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[storableString(key)] = isSecretKey(key) ? REDACTED : clean(v, depth + 1);
  return out;
}

/** Plain, redacted, bounded JSON for an event's `data`. */
export function sanitizeAuditData(data: Record<string, unknown>): Record<string, unknown> {
  // Through JSON once: Dates become strings, undefined and functions disappear, cycles throw here rather than in the database.
  const plain = JSON.parse(JSON.stringify(data) ?? "{}") as Record<string, unknown>;
  const cleaned = clean(plain, 0) as Record<string, unknown>;
  const bytes = Buffer.byteLength(JSON.stringify(cleaned), "utf8");
  if (bytes <= AUDIT_DATA_MAX_BYTES) return cleaned;
  return { truncated: true, bytes, keys: Object.keys(cleaned).slice(0, 50).map((k) => k.slice(0, 100)) };
}

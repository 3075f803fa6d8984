// Test helper: an API key for a workspace and a tiny client that sends real
// Request objects through the v1 pipeline (the same function the route calls).
import type { TApiKeyScope } from "@/server/auth/api-key-scopes";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { handleV1Request } from "../v1";

export type TApiAnswer = { status: number; headers: Headers; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function apiClientFor(workspaceId: string, scopes: TApiKeyScope[] = ["read", "write", "runs:execute"]) {
  const { key, apiKey } = await createApiKey({ workspaceId, actor: null }, { name: `test ${scopes.join(" ")}`, scopes });
  return { key, apiKey, call: (method: string, path: string, init: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}) => callApi(method, path, { ...init, key }) };
}

export async function callApi(method: string, path: string, init: { key?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<TApiAnswer> {
  const headers: Record<string, string> = { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...init.headers };
  const raw = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  if (raw !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
  const [pathname] = path.split("?");
  const response = await handleV1Request(new Request(`http://localhost/api/v1${path}`, { method, headers, body: raw }), pathname!);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (e.g. an event stream)
  }
  return { status: response.status, headers: response.headers, body };
}

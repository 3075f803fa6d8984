// One REST endpoint, declared once: method and path, the permission it needs,
// zod schemas for path parameters, query, body and response. The request
// pipeline validates with the same schemas the OpenAPI document is generated
// from, so the reference cannot drift from what the API accepts.
import type { z } from "zod";
import type { TPermission } from "@/server/auth/permissions";
import type { TWorkspaceScope } from "@/server/services/shared/scope";

export type THttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export type TApiCaller = {
  keyId: string;
  workspaceId: string;
  workspaceSlug: string;
  scopes: string[];
  name: string;
  prefix: string;
};

export type TEndpointContext<TParams, TQuery, TBody> = {
  params: TParams;
  query: TQuery;
  body: TBody;
  caller: TApiCaller;
  /** The workspace scope services take; API keys act without a user. */
  scope: TWorkspaceScope;
  request: Request;
};

type TSchema = z.ZodType;
type TOut<S> = S extends z.ZodType ? z.output<S> : undefined;

export type TEndpoint<P extends TSchema | undefined = TSchema | undefined, Q extends TSchema | undefined = TSchema | undefined, B extends TSchema | undefined = TSchema | undefined> = {
  method: THttpMethod;
  /** OpenAPI-style path under /api/v1, e.g. "/projects/{id}". */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** What the key's scopes must grant. `null`: any valid key. */
  permission: TPermission | null;
  params?: P;
  query?: Q;
  body?: B;
  /** The success body, for the OpenAPI document; omitted for 204. */
  response?: TSchema;
  /** Success status: 200 by default. */
  status?: 200 | 201 | 202 | 204;
  /** Answers a stream (server-sent events) instead of JSON. */
  stream?: boolean;
  handler: (ctx: TEndpointContext<TOut<P>, TOut<Q>, TOut<B>>) => Promise<unknown>;
};

export function defineEndpoint<P extends TSchema | undefined = undefined, Q extends TSchema | undefined = undefined, B extends TSchema | undefined = undefined>(
  endpoint: TEndpoint<P, Q, B>,
): TEndpoint {
  return endpoint as unknown as TEndpoint;
}

// The v1 REST API: every endpoint, the OpenAPI document built from them, and
// the handler the catch-all route calls.
import { createApiHandler } from "../handle-request";
import type { TEndpoint } from "../endpoint";
import { buildOpenApi } from "../openapi";
import { agentEndpoints } from "./agents";
import { meEndpoints } from "./me";
import { memoryEndpoints } from "./memory";
import { projectEndpoints } from "./projects";
import { runEndpoints } from "./runs";
import { toolEndpoints } from "./tools";
import { webhookEndpoints } from "./webhooks";
import { workflowEndpoints } from "./workflows";

export const v1Endpoints: TEndpoint[] = [...meEndpoints, ...projectEndpoints, ...agentEndpoints, ...workflowEndpoints, ...runEndpoints, ...memoryEndpoints, ...webhookEndpoints, ...toolEndpoints];

let document: Record<string, unknown> | null = null;
export function openApiDocument(): Record<string, unknown> {
  document ??= buildOpenApi(v1Endpoints, { version: "1.0.0" });
  return document;
}

export const handleV1Request = createApiHandler({ endpoints: v1Endpoints, publicDocuments: { "/openapi.json": openApiDocument } });

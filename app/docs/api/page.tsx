// /docs/api: the public reference of the REST API, rendered from the same
// OpenAPI document /api/v1/openapi.json serves. No sign-in needed.
import type { Metadata } from "next";
import { headers } from "next/headers";

import { ApiReference } from "@/components/api-reference/api-reference";
import { originFrom } from "@/components/api-reference/operations";
import { problemDescriptions } from "@/components/api-reference/problem-descriptions";
import { PROBLEM_TYPE_BASE, problemKinds } from "@/server/api/problem";
import { openApiDocument } from "@/server/api/v1";
import { apiKeyScopeDescriptions, apiKeyScopes, scopeGrants } from "@/server/auth/api-key-scopes";
import { permissions } from "@/server/auth/permissions";
import { env } from "@/server/env";

export const metadata: Metadata = {
  title: "API reference",
  description: "The CoralCollective REST API: authentication, pagination, idempotency, rate limits, every endpoint and every problem.",
};

export default async function ApiReferencePage() {
  // The examples use the address the reader reached this page by, unless the deployment names its own.
  const origin = env.APP_URL ?? originFrom(await headers(), "http://localhost:3000");
  const scopesFor = Object.fromEntries(permissions.map((p) => [p, apiKeyScopes.filter((scope) => scopeGrants([scope], p))]));
  return (
    <ApiReference
      document={openApiDocument()}
      origin={origin}
      problemKinds={problemKinds}
      problemDescriptions={problemDescriptions}
      problemTypeBase={PROBLEM_TYPE_BASE}
      scopes={{
        permissions,
        scopesFor,
        described: apiKeyScopes.map((name) => ({ name, description: apiKeyScopeDescriptions[name] })),
      }}
    />
  );
}

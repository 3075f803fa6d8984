// Create a custom agent, from scratch or as a fork of a built-in, and publish
// its first version.
import { createHash } from "node:crypto";
import { stableStringify } from "@/server/shared/stable-json";
import { builtInAgent } from "@/server/agents/catalogue";
import { ZAgentDefinitionBody } from "@/server/agents/definition-schema";
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation, notFound } from "@/server/errors/app-error";
import type { TWorkspaceScope } from "../shared/scope";
import { blankDefinition } from "./blank-definition";
import { ZCreateCustomAgentInput, type TCreateCustomAgentInput } from "./schemas";
import { validateCustomDefinition } from "./validate-definition";
import { workspaceAgents } from "./workspace-agents";

export function definitionHash(definition: unknown): string {
  return createHash("sha256").update(stableStringify(definition)).digest("hex");
}

export async function createCustomAgent(scope: TWorkspaceScope, raw: TCreateCustomAgentInput) {
  const input = ZCreateCustomAgentInput.parse(raw);
  let definition;
  if (input.forkOf) {
    const source = builtInAgent(input.forkOf);
    if (!source) throw notFound("Agent");
    const { source: _file, ...body } = source;
    definition = { ...body, id: input.key, name: input.name ?? (input.key === source.id ? source.name : `${source.name} (custom)`) };
  } else {
    definition = blankDefinition(input.key, input.name ?? "Custom agent");
  }
  definition = ZAgentDefinitionBody.parse(definition);
  const others = (await workspaceAgents(scope)).filter((a) => a.id !== input.key);
  validateCustomDefinition(definition, others);

  const db = await getDb();
  try {
    return await db.customAgent.create({
      data: {
        workspaceId: scope.workspaceId,
        key: input.key,
        forkedFrom: input.forkOf ?? null,
        latestVersion: 1,
        createdById: scope.actor?.userId ?? null,
        versions: {
          create: {
            workspaceId: scope.workspaceId,
            version: 1,
            definition,
            contentHash: definitionHash(definition),
            note: input.forkOf ? `Forked from ${input.forkOf}` : "Created from a blank template",
            createdById: scope.actor?.userId ?? null,
          },
        },
      },
      select: { id: true, key: true, forkedFrom: true, latestVersion: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `This workspace already has a custom agent "${input.key}".`);
    throw error;
  }
}

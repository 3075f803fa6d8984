// A registered server's secrets, sealed at rest and opened only to connect,
// and the connectable config built from its row. All of a server's secret
// values — environment variables, headers, a preset's field values — are
// sealed together as one JSON object with the workspace id as associated data;
// only their names are kept in the clear.
import { decryptSecret, encryptSecret } from "@/server/crypto/secret-box";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { getPreset, presetConfig } from "@/server/tools/mcp/presets";
import type { TToolServerConfig } from "@/server/tools/mcp/types";
import type { TToolOperation } from "@/server/tools/policy/policy-schema";
import { storedTools } from "./server-tools";

export type TToolServerSecrets = {
  /** Custom stdio servers: environment variables. */
  env: Record<string, string>;
  /** Custom http servers: request headers. */
  headers: Record<string, string>;
  /** Preset servers: the values of the preset's fields. */
  fields: Record<string, string>;
};

const none = (): TToolServerSecrets => ({ env: {}, headers: {}, fields: {} });

export function sealToolServerSecrets(workspaceId: string, secrets: TToolServerSecrets): { sealedSecrets: string | null; secretNames: string[] } {
  const names = [...Object.keys(secrets.env), ...Object.keys(secrets.headers), ...Object.keys(secrets.fields)];
  if (names.length === 0) return { sealedSecrets: null, secretNames: [] };
  return { sealedSecrets: encryptSecret(JSON.stringify(secrets), workspaceId), secretNames: names };
}

export function openToolServerSecrets(workspaceId: string, server: { name: string; sealedSecrets: string | null }): TToolServerSecrets {
  if (!server.sealedSecrets) return none();
  try {
    const opened = JSON.parse(decryptSecret(server.sealedSecrets, workspaceId)) as Partial<TToolServerSecrets>;
    return { env: opened.env ?? {}, headers: opened.headers ?? {}, fields: opened.fields ?? {} };
  } catch {
    throw new AppError(
      "CONFLICT",
      `The secrets of tool server "${server.name}" can't be read (was CORAL_ENCRYPTION_KEY changed?). Delete the server and add it again.`,
    );
  }
}

/** Every secret value, to cut out of error messages (a preset may pass one as an argument). */
export function secretValues(secrets: TToolServerSecrets): string[] {
  return [...Object.values(secrets.env), ...Object.values(secrets.headers), ...Object.values(secrets.fields)].filter((v) => v.length > 0);
}

export type TToolServerRow = {
  id: string;
  workspaceId: string;
  name: string;
  preset: string;
  transport: string;
  command: string | null;
  args: unknown;
  url: string | null;
  sealedSecrets: string | null;
};

/**
 * How to reach a server. A preset server is rebuilt from its preset each time
 * (so an upgraded preset applies to servers added before); one that acts on
 * files is rooted at `sandboxDir`, which it needs.
 */
export function toolServerConfig(row: TToolServerRow, secrets: TToolServerSecrets, { sandboxDir }: { sandboxDir?: string } = {}): TToolServerConfig {
  const base = { id: row.id, workspaceId: row.workspaceId, name: row.name };
  if (row.preset !== "custom") {
    return { ...base, ...presetConfig(row.preset, secrets.fields, { sandboxDir }) };
  }
  if (row.transport === "http") {
    return { ...base, transport: "http", url: row.url ?? undefined, args: [], env: {}, headers: secrets.headers };
  }
  const args = Array.isArray(row.args) ? row.args.filter((a): a is string => typeof a === "string") : [];
  return { ...base, transport: "stdio", command: row.command ?? undefined, args, env: secrets.env, headers: {} };
}

export type TRunnableToolServer = {
  id: string;
  name: string;
  preset: string;
  /** Its path arguments must stay inside the run's sandbox. */
  sandboxed: boolean;
  config: TToolServerConfig;
  /** From the last connection test; null before one succeeded. */
  tools: ReturnType<typeof storedTools>;
  toolsHash: string | null;
  /** The preset's operation overrides (the policy's own apply on top). */
  operationOverrides: Record<string, TToolOperation>;
  /** Every secret value of the server, to redact from what its tools return. */
  secrets: string[];
};

/** For the engine: every server of the workspace, ready to connect for a run whose working copy is `sandboxDir`. */
export async function loadRunnableToolServers(workspaceId: string, { sandboxDir }: { sandboxDir: string }): Promise<TRunnableToolServer[]> {
  const db = await getDb();
  const rows = await db.toolServer.findMany({ where: { workspaceId }, orderBy: { name: "asc" } });
  return rows.map((row) => {
    const preset = row.preset === "custom" ? null : getPreset(row.preset);
    const secrets = openToolServerSecrets(workspaceId, row);
    return {
      id: row.id,
      name: row.name,
      preset: row.preset,
      sandboxed: preset?.sandboxed ?? false,
      config: toolServerConfig(row, secrets, { sandboxDir }),
      tools: storedTools(row.tools),
      toolsHash: row.toolsHash,
      operationOverrides: preset?.operationOverrides ?? {},
      secrets: secretValues(secrets),
    };
  });
}

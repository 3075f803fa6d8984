// "Test connection": open the server's secrets, connect, list every tool and
// disconnect. The tool list, its hash and the time are remembered (the policy
// editor offers those tools); a failure is remembered as the server's last
// error, with any secret value cut out, and the last good tool list is kept.
// A server that acts on files is tested in an empty temporary directory.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Prisma } from "@/server/db/generated/client.ts";
import { getDb } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import { listServerTools } from "@/server/tools/mcp/client-manager";
import { getPreset } from "@/server/tools/mcp/presets";
import { redactText } from "@/server/tools/policy/redact";
import type { TWorkspaceScope } from "../shared/scope";
import { getToolPolicy } from "./get-tool-policy";
import { ZToolServerIdInput, type TToolServerIdInput } from "./schemas";
import { openToolServerSecrets, secretValues, toolServerConfig, type TToolServerSecrets } from "./server-config";
import { toolServerSelect, toToolServer, type TToolServer } from "./tool-views";

export type TToolServerTest = { ok: true; server: TToolServer } | { ok: false; error: string; server: TToolServer };

const MAX_ERROR_LENGTH = 2_000;
const CONNECT_TIMEOUT_MS = 20_000;
const LIST_TIMEOUT_MS = 20_000;

function describeFailure(error: unknown, secrets: TToolServerSecrets | null): string {
  const message = error instanceof Error && error.message ? error.message : "The connection failed for an unknown reason.";
  const redacted = secrets ? redactText(message, secretValues(secrets)) : message;
  return redacted.length > MAX_ERROR_LENGTH ? `${redacted.slice(0, MAX_ERROR_LENGTH)}…` : redacted;
}

export async function testToolServerConnection(scope: TWorkspaceScope, raw: TToolServerIdInput): Promise<TToolServerTest> {
  const { serverId } = ZToolServerIdInput.parse(raw);
  const db = await getDb();
  const row = await db.toolServer.findFirst({ where: { id: serverId, workspaceId: scope.workspaceId } });
  if (!row) throw notFound("Tool server");

  const sandboxed = row.preset !== "custom" && (getPreset(row.preset)?.sandboxed ?? false);
  const sandboxDir = sandboxed ? await mkdtemp(path.join(tmpdir(), "coral-tool-test-")) : undefined;
  let secrets: TToolServerSecrets | null = null;
  let data: Prisma.ToolServerUpdateManyMutationInput;
  let failure: string | null = null;
  try {
    secrets = openToolServerSecrets(scope.workspaceId, row);
    const config = toolServerConfig(row, secrets, { sandboxDir });
    const { tools, hash } = await listServerTools(config, { sandboxDir, connectTimeoutMs: CONNECT_TIMEOUT_MS, timeoutMs: LIST_TIMEOUT_MS });
    data = { tools: tools as unknown as Prisma.InputJsonValue, toolsHash: hash, toolsFetchedAt: new Date(), lastError: null };
  } catch (error) {
    failure = describeFailure(error, secrets);
    data = { lastError: failure };
  } finally {
    if (sandboxDir) await rm(sandboxDir, { recursive: true, force: true });
  }

  await db.toolServer.updateMany({ where: { id: row.id, workspaceId: scope.workspaceId }, data });
  const saved = await db.toolServer.findFirst({ where: { id: row.id, workspaceId: scope.workspaceId }, select: toolServerSelect });
  // Deleted while it was being tested.
  if (!saved) throw notFound("Tool server");
  const server = toToolServer(saved, (await getToolPolicy(scope)).document);
  return failure === null ? { ok: true, server } : { ok: false, error: failure, server };
}

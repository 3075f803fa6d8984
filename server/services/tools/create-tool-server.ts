// Register an MCP server: from a preset (its fields filled in) or custom (a
// stdio command with arguments and environment, or an http URL with headers).
// Environment variables, headers and preset field values are sealed; only
// their names are kept, and they are never returned. A preset that acts on
// files stores no root: it is rooted at each run's working copy.
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors/app-error";
import { getPreset, listPresets, presetConfig } from "@/server/tools/mcp/presets";
import { appendAuditEvent, auditActorOf } from "../audit/append-audit-event";
import type { TWorkspaceScope } from "../shared/scope";
import { getToolPolicy } from "./get-tool-policy";
import { ZCreateToolServerInput, type TCreateToolServerInput } from "./schemas";
import { sealToolServerSecrets, type TToolServerSecrets } from "./server-config";
import { toolServerSelect, toToolServer, type TToolServer } from "./tool-views";

type TParsed = ReturnType<typeof ZCreateToolServerInput.parse>;
type TServerShape = { transport: "stdio" | "http"; command: string | null; args: string[]; url: string | null; secrets: TToolServerSecrets };

const invalid = (message: string) => new AppError("INVALID_INPUT", message);

function customShape(input: TParsed): TServerShape {
  if (Object.keys(input.fields).length > 0) throw invalid("fields: Only preset servers take fields; a custom server takes env (stdio) or headers (http).");
  if (input.transport === "http") {
    if (input.command || input.args.length > 0 || Object.keys(input.env).length > 0) throw invalid("command: An http server takes a URL and headers, not a command, arguments or environment.");
    let url: URL;
    try {
      url = new URL(input.url ?? "");
    } catch {
      throw invalid("url: Enter a full URL, e.g. https://mcp.example.com/mcp.");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw invalid(`url: Use an http:// or https:// URL, not ${url.protocol}//.`);
    // Only the headers are sealed, so credentials must not ride in the URL.
    if (url.username || url.password) throw invalid("url: Remove the user name and password from the URL; send them in a header (e.g. Authorization), which is stored encrypted.");
    return { transport: "http", command: null, args: [], url: url.toString(), secrets: { env: {}, headers: input.headers, fields: {} } };
  }
  if (input.url || Object.keys(input.headers).length > 0) throw invalid("url: A stdio server takes a command, arguments and environment, not a URL or headers.");
  const command = input.command ?? "";
  if (/[\u0000-\u001f\u007f]/.test(command) || input.args.some((a) => /[\u0000\r\n]/.test(a))) throw invalid("command: The command and arguments cannot contain line breaks or control characters.");
  return { transport: "stdio", command, args: input.args, url: null, secrets: { env: input.env, headers: {}, fields: {} } };
}

function presetShape(input: TParsed): TServerShape {
  const preset = getPreset(input.preset);
  if (!preset) throw invalid(`preset: There is no preset "${input.preset}". Presets are ${listPresets().map((p) => p.id).join(", ")}, or custom.`);
  if (!preset.available) throw invalid(`preset: The ${preset.label} preset can't run on this server: ${preset.reason ?? "it is not installed"}`);
  if (input.transport || input.command || input.url || input.args.length > 0 || Object.keys(input.env).length > 0 || Object.keys(input.headers).length > 0) {
    throw invalid(`fields: The ${preset.label} preset sets its own command, URL and environment; send only its fields.`);
  }
  // Empty optional fields are left out rather than sealed.
  const fields = Object.fromEntries(Object.entries(input.fields).filter(([, value]) => value !== ""));
  // Checks the fields (unknown, missing, control characters) the way connecting will; the directory is only a stand-in.
  presetConfig(preset.id, fields, { sandboxDir: preset.sandboxed ? "/sandbox" : undefined });
  return { transport: preset.transport, command: preset.command ?? null, args: preset.args ?? [], url: preset.url ?? null, secrets: { env: {}, headers: {}, fields } };
}

export async function createToolServer(scope: TWorkspaceScope, raw: TCreateToolServerInput): Promise<TToolServer> {
  const input = ZCreateToolServerInput.parse(raw);
  const shape = input.preset === "custom" ? customShape(input) : presetShape(input);
  const db = await getDb();
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.toolServer.create({
        data: {
          workspaceId: scope.workspaceId,
          name: input.name,
          preset: input.preset,
          transport: shape.transport,
          command: shape.command,
          args: shape.args,
          url: shape.url,
          ...sealToolServerSecrets(scope.workspaceId, shape.secrets),
          createdById: scope.actor?.userId ?? null,
        },
        select: toolServerSelect,
      });
      const data = { name: created.name, preset: created.preset, transport: created.transport, command: created.command, url: created.url, secretNames: created.secretNames };
      await appendAuditEvent({ ...auditActorOf(scope), action: "tool.server_created", targetType: "tool_server", targetId: created.id, data }, tx);
      return created;
    });
    return toToolServer(row, (await getToolPolicy(scope)).document);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `name: This workspace already has a tool server named "${input.name}". Choose another name.`);
    throw error;
  }
}

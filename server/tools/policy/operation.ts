// What a tool does, as read/write/execute, so a policy can say "read only".
// An explicit override in the policy wins. Otherwise the server's annotations
// and the tool's name each give an answer and the stricter one is taken: the
// annotations come from the server, so a hint may make a tool stricter than
// its name says but never looser ("delete_repo" claiming readOnlyHint is a
// write). Nothing known → execute, the strictest.
import type { TToolDescriptor } from "@/server/tools/mcp/types";
import type { TToolOperation } from "./policy-schema";

const rank: Record<TToolOperation, number> = { read: 0, write: 1, execute: 2 };

const executeWords = new Set(["run", "exec", "execute", "shell", "command", "cmd", "bash", "sh", "eval", "spawn", "script", "terminal", "invoke"]);
const writeWords = new Set([
  "write", "edit", "create", "move", "delete", "remove", "rename", "update", "set", "put", "patch", "upload", "copy", "mkdir",
  "append", "insert", "push", "merge", "commit", "close", "add", "fork", "drop", "truncate", "kill", "stop", "start", "restart",
]);
const readWords = new Set(["read", "list", "get", "search", "find", "view", "show", "describe", "fetch", "stat", "info", "lookup", "echo"]);
const readNames = new Set(["directory_tree"]);

export function stricter(a: TToolOperation, b: TToolOperation): TToolOperation {
  return rank[a] >= rank[b] ? a : b;
}

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** From the name alone: any execute word, else any write word, else a leading read word; null when unknown. */
export function operationFromName(name: string): TToolOperation | null {
  const w = words(name);
  if (w.some((word) => executeWords.has(word))) return "execute";
  if (w.some((word) => writeWords.has(word))) return "write";
  if (readNames.has(name.toLowerCase()) || (w[0] !== undefined && readWords.has(w[0]))) return "read";
  return null;
}

/** From the MCP annotations alone; null when they say nothing about reading or writing. */
export function operationFromAnnotations(annotations: TToolDescriptor["annotations"]): TToolOperation | null {
  if (!annotations) return null;
  if (annotations.readOnlyHint === true && annotations.destructiveHint !== true) return "read";
  if (annotations.readOnlyHint === false || annotations.destructiveHint === true) return "write";
  return null;
}

export function toolOperation(
  serverName: string,
  tool: Pick<TToolDescriptor, "name" | "annotations">,
  overrides: Record<string, Record<string, TToolOperation>> = {},
): TToolOperation {
  const forServer = Object.hasOwn(overrides, serverName) ? overrides[serverName] : undefined;
  const override = forServer && Object.hasOwn(forServer, tool.name) ? forServer[tool.name] : undefined;
  if (override) return override;
  const fromAnnotations = operationFromAnnotations(tool.annotations);
  const fromName = operationFromName(tool.name);
  if (fromAnnotations && fromName) return stricter(fromAnnotations, fromName);
  return fromAnnotations ?? fromName ?? "execute";
}

// Ready-made tool servers a workspace can add: what each one is, the fields a
// user fills (secrets by name), and whether it can run on this machine. A
// stdio preset from an npm package runs that package's installed entry file
// with this Node (`npx -y` would download code at run time, which we never do);
// one whose package or command is missing is listed with available: false.
import { accessSync, constants, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { AppError } from "@/server/errors/app-error";
import type { TToolOperation } from "@/server/tools/policy/policy-schema";
import type { TToolServerConfig } from "./types";

export type TPresetField = { key: string; label: string; description: string; secret: boolean; required: boolean; placeholder?: string };

export type TToolServerPreset = {
  id: string;
  label: string;
  description: string;
  transport: "stdio" | "http";
  /** stdio: the program and argument template as shown to people ("{sandboxDir}", "{field:KEY}" filled at connect time). */
  command?: string;
  args?: string[];
  url?: string;
  env?: Record<string, string>;
  headers?: Record<string, string>;
  fields: TPresetField[];
  /** The names of the secret fields it needs. */
  secrets: string[];
  /** It acts on the run's working copy: its path arguments are checked against the sandbox. */
  sandboxed: boolean;
  /** Operations for tools whose annotations and names would classify them wrongly. */
  operationOverrides?: Record<string, TToolOperation>;
  available: boolean;
  /** Why it cannot run here, when it cannot. */
  reason?: string;
};

type TLaunch = { kind: "package"; name: string; bin: string } | { kind: "command"; name: string; install: string } | { kind: "remote" };
type TPresetDefinition = Omit<TToolServerPreset, "available" | "reason" | "secrets"> & { launch: TLaunch };

/**
 * Where installed packages are looked up: the app's root (where `npm start` and
 * `next start` run) first, then this file. Not this file alone: inside the
 * Next.js server bundle it has no node_modules beside it, and the bundler
 * compiles `createRequire(import.meta.url).resolve(<computed name>)` into a
 * "Cannot find module" throw, so every package preset read as not installed.
 */
const resolveBases = () => [path.join(process.cwd(), "package.json"), import.meta.url];

function resolveInstalled(specifier: string): string | null {
  for (const base of resolveBases()) {
    try {
      return createRequire(base).resolve(specifier);
    } catch {
      // Not resolvable from this base; try the next.
    }
  }
  return null;
}

const definitions: TPresetDefinition[] = [
  {
    id: "filesystem",
    label: "Filesystem",
    description: "Read, write, search and edit files in the run's working copy (and nowhere else): the reference MCP filesystem server, rooted at the run's sandbox directory.",
    transport: "stdio",
    command: "node",
    args: ["@modelcontextprotocol/server-filesystem", "{sandboxDir}"],
    fields: [],
    sandboxed: true,
    launch: { kind: "package", name: "@modelcontextprotocol/server-filesystem", bin: "mcp-server-filesystem" },
  },
  {
    id: "everything",
    label: "Everything (test server)",
    description: "MCP's reference test server: echo, get-sum, get-env and other sample tools, for trying connections and policies.",
    transport: "stdio",
    command: "node",
    args: ["@modelcontextprotocol/server-everything", "stdio"],
    fields: [],
    sandboxed: false,
    launch: { kind: "package", name: "@modelcontextprotocol/server-everything", bin: "mcp-server-everything" },
  },
  {
    id: "github",
    label: "GitHub",
    description: "GitHub's hosted MCP server over streamable HTTP: issues, pull requests, code search and file contents of the repositories the token can reach. Needs outbound HTTPS at run time.",
    transport: "http",
    url: "https://api.githubcopilot.com/mcp/",
    headers: { Authorization: "Bearer {field:GITHUB_TOKEN}" },
    fields: [
      {
        key: "GITHUB_TOKEN",
        label: "GitHub token",
        description: "A fine-grained personal access token limited to the repositories and permissions the agents need.",
        secret: true,
        required: true,
        placeholder: "github_pat_…",
      },
    ],
    sandboxed: false,
    launch: { kind: "remote" },
  },
  {
    id: "postgres",
    label: "PostgreSQL (read-only)",
    description: "Inspect schemas and run read-only SQL (each query in a READ ONLY transaction) with the reference MCP PostgreSQL server. The connection URL is passed as its argument, so use a role that can only read.",
    transport: "stdio",
    command: "node",
    args: ["@modelcontextprotocol/server-postgres", "{field:DATABASE_URL}"],
    fields: [{ key: "DATABASE_URL", label: "Connection URL", description: "postgresql://user:password@host:5432/db of a read-only role.", secret: true, required: true, placeholder: "postgresql://…" }],
    sandboxed: false,
    operationOverrides: { query: "read" },
    launch: { kind: "package", name: "@modelcontextprotocol/server-postgres", bin: "mcp-server-postgres" },
  },
  {
    id: "docker",
    label: "Docker (MCP gateway)",
    description: "Docker's MCP gateway (`docker mcp gateway run`), which serves the MCP servers enabled in Docker's MCP Toolkit, each in a container. Gives agents whatever those servers can do on this host's Docker.",
    transport: "stdio",
    command: "docker",
    args: ["mcp", "gateway", "run"],
    env: { DOCKER_HOST: "{field:DOCKER_HOST}" },
    fields: [{ key: "DOCKER_HOST", label: "Docker host", description: "Optional: the daemon socket or URL, when not the default.", secret: false, required: false, placeholder: "unix:///var/run/docker.sock" }],
    sandboxed: false,
    launch: { kind: "command", name: "docker", install: "the docker CLI with the MCP Toolkit plugin" },
  },
  {
    id: "e2b",
    label: "E2B code interpreter",
    description: "Run code in E2B's cloud sandboxes (not on this host) with E2B's MCP server. Needs outbound HTTPS at run time.",
    transport: "stdio",
    command: "node",
    args: ["@e2b/mcp-server"],
    env: { E2B_API_KEY: "{field:E2B_API_KEY}" },
    fields: [{ key: "E2B_API_KEY", label: "E2B API key", description: "From the E2B dashboard.", secret: true, required: true, placeholder: "e2b_…" }],
    sandboxed: false,
    launch: { kind: "package", name: "@e2b/mcp-server", bin: "e2b-mcp-server" },
  },
  {
    id: "fetch",
    label: "Fetch",
    description: "Fetch a URL and return it as markdown, with the reference MCP fetch server (Python). Reaches any URL the host can: an open-world read.",
    transport: "stdio",
    command: "mcp-server-fetch",
    args: [],
    fields: [],
    sandboxed: false,
    operationOverrides: { fetch: "read" },
    launch: { kind: "command", name: "mcp-server-fetch", install: "the Python package mcp-server-fetch (pip install mcp-server-fetch)" },
  },
];

/** The installed entry file of an npm package's bin, or null when the package is not installed. */
function packageEntry(name: string, bin: string): string | null {
  const manifestPath = resolveInstalled(`${name}/package.json`);
  if (!manifestPath) return null;
  try {
    // An installed package's manifest, read at run time: nothing for the bundler to trace.
    const manifest = JSON.parse(readFileSync(/*turbopackIgnore: true*/ manifestPath, "utf8")) as { bin?: string | Record<string, string> };
    const relative = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[bin];
    return relative ? path.join(path.dirname(manifestPath), relative) : null;
  } catch {
    return null;
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function availability(launch: TLaunch): { available: boolean; reason?: string } {
  if (launch.kind === "remote") return { available: true };
  if (launch.kind === "package") {
    return packageEntry(launch.name, launch.bin)
      ? { available: true }
      : { available: false, reason: `${launch.name} is not installed on this server, and npx cannot fetch it at run time.` };
  }
  return onPath(launch.name) ? { available: true } : { available: false, reason: `\`${launch.name}\` is not on this server's PATH: install ${launch.install}.` };
}

function toPreset({ launch, ...definition }: TPresetDefinition): TToolServerPreset {
  return { ...definition, secrets: definition.fields.filter((f) => f.secret && f.required).map((f) => f.key), ...availability(launch) };
}

export function listPresets(): TToolServerPreset[] {
  return definitions.map(toPreset);
}

export function getPreset(id: string): TToolServerPreset | null {
  const definition = definitions.find((d) => d.id === id);
  return definition ? toPreset(definition) : null;
}

export type TPresetConfig = Pick<TToolServerConfig, "transport" | "args" | "env" | "headers" | "command" | "cwd" | "url">;

/**
 * The connectable parts of a server config from a preset and the user's field
 * values, for a run whose working copy is `sandboxDir` (stdio servers start there).
 */
export function presetConfig(presetId: string, values: Record<string, string>, { sandboxDir }: { sandboxDir?: string } = {}): TPresetConfig {
  const definition = definitions.find((d) => d.id === presetId);
  if (!definition) throw new AppError("INVALID_INPUT", `There is no tool-server preset "${presetId}".`);
  const { available, reason } = availability(definition.launch);
  if (!available) throw new AppError("UNAVAILABLE", `The ${definition.label} preset cannot run here: ${reason}`);

  const known = new Set(definition.fields.map((f) => f.key));
  const unknown = Object.keys(values).filter((key) => !known.has(key));
  if (unknown.length) throw new AppError("INVALID_INPUT", `The ${definition.label} preset has no field ${unknown.join(", ")}.`);
  for (const field of definition.fields) {
    const value = values[field.key];
    if (field.required && !value) throw new AppError("INVALID_INPUT", `Fill ${field.label} (${field.key}) for the ${definition.label} preset.`);
    if (value && /[\u0000-\u001f\u007f]/.test(value)) throw new AppError("INVALID_INPUT", `${field.label} cannot contain control characters or line breaks.`);
  }
  if (definition.sandboxed && !sandboxDir) throw new AppError("INVALID_INPUT", `The ${definition.label} preset needs the run's sandbox directory.`);

  const fill = (template: string) =>
    template.replace(/\{sandboxDir\}|\{field:([A-Za-z0-9_]+)\}/g, (token, key?: string) => (key ? (values[key] ?? "") : (sandboxDir ?? "")));
  // Entries whose template only named an empty optional field are left out.
  const fillRecord = (record: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fill(v)] as const).filter(([, v]) => v !== ""));

  if (definition.transport === "http") {
    return { transport: "http", url: definition.url, args: [], env: {}, headers: fillRecord(definition.headers) };
  }
  const launch = definition.launch;
  const args = (definition.args ?? []).map(fill);
  const config: TPresetConfig = { transport: "stdio", command: definition.command, args, env: fillRecord(definition.env), headers: {}, cwd: sandboxDir };
  if (launch.kind === "package") {
    // Shown as the package name; run as this Node with the installed entry file.
    config.command = process.execPath;
    config.args = [packageEntry(launch.name, launch.bin)!, ...args.slice(1)];
  }
  return config;
}

// A line diff between two versions of a custom agent, field by field, for the
// version history view.
import { diffLines } from "diff";
import type { TAgentDefinitionBody } from "@/server/agents/definition-schema";
import { stringify } from "yaml";
import type { TWorkspaceScope } from "../shared/scope";
import { getAgentVersion } from "./get-agent-version";
import { ZDiffAgentVersionsInput } from "./schemas";

export type TDiffPart = { kind: "same" | "added" | "removed"; text: string };
export type TFieldDiff = { field: string; parts: TDiffPart[] };

const withNewline = (text = "") => (text.endsWith("\n") ? text : `${text}\n`);

function fields(definition: TAgentDefinitionBody): Record<string, string> {
  const { sections, ...metadata } = definition;
  return { Metadata: stringify(metadata), ...sections };
}

export async function diffAgentVersions(scope: TWorkspaceScope, raw: { key: string; from: number; to: number }): Promise<TFieldDiff[]> {
  const input = ZDiffAgentVersionsInput.parse(raw);
  const [from, to] = await Promise.all([getAgentVersion(scope, input.key, input.from), getAgentVersion(scope, input.key, input.to)]);
  const a = fields(from);
  const b = fields(to);
  return Object.keys(b)
    .filter((field) => a[field] !== b[field])
    .map((field) => ({
      field,
      // A trailing newline on both sides keeps text appended after the last line
      // from showing that line as removed and re-added.
      parts: diffLines(withNewline(a[field]), withNewline(b[field])).map((p) => ({ kind: p.added ? "added" : p.removed ? "removed" : "same", text: p.value })),
    }));
}

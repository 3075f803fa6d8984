// Roll back by publishing an old version's definition as the newest version,
// so history stays append-only.
import type { TWorkspaceScope } from "../shared/scope";
import { getAgentVersion } from "./get-agent-version";
import { publishAgentVersion } from "./publish-agent-version";
import { ZRollbackAgentInput } from "./schemas";

export async function rollbackAgent(scope: TWorkspaceScope, raw: { key: string; version: number }) {
  const input = ZRollbackAgentInput.parse(raw);
  const { id: _id, ...definition } = await getAgentVersion(scope, input.key, input.version);
  return publishAgentVersion(scope, { key: input.key, definition, note: `Rolled back to version ${input.version}` });
}

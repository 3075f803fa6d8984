// The presets the "Add server" dialog offers: what each server is, the fields
// it needs (secret ones are write-only), and whether it can run on this host.
import { listPresets, type TToolServerPreset } from "@/server/tools/mcp/presets";

export type TToolServerPresetView = Omit<TToolServerPreset, "env" | "headers" | "operationOverrides">;

export function listToolServerPresets(): TToolServerPresetView[] {
  return listPresets().map(({ env: _env, headers: _headers, operationOverrides: _overrides, ...preset }) => preset);
}

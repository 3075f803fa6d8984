"use client";

// One agent's row of the policy, opened: for each server, the tools it may
// call (all of them with "*", or ticked one by one), each with its operations,
// paths and approval; and the agent's per-step limits.
import { TriangleAlert } from "lucide-react";
import { useId } from "react";

import { Input } from "@/components/ui/input";
import { DEFAULT_TOOL_LIMITS, type TToolLimits, type TToolOperation, type TToolPolicy } from "@/server/tools/policy/policy-schema";
import type { TToolServer } from "@/server/services/tools/tool-views";

import { agentRuleOf, allowedTools, patchToolRule, setAgentLimits, setToolRule, toolRuleOf } from "./policy-draft";
import { PolicyRuleFields } from "./policy-rule-fields";
import { OperationBadge } from "./server-tool-list";
import { ALL_TOOLS } from "./tool-meta";

type TPanelProps = { doc: TToolPolicy; agent: string; agentLabel: string; onChange: (doc: TToolPolicy) => void; disabled: boolean };

function ToolLine({ server, tool, operation, missing, ...props }: TPanelProps & { server: TToolServer; tool: string; operation?: TToolOperation; missing?: boolean }) {
  const { doc, agent, onChange, disabled } = props;
  const rule = toolRuleOf(doc, agent, server.name, tool);
  const label = tool === ALL_TOOLS ? `all tools of ${server.name}` : `${tool} on ${server.name}`;
  const id = useId();
  return (
    <li className="grid gap-2 px-3 py-2">
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="checkbox"
          className="size-4 rounded accent-primary"
          checked={Boolean(rule)}
          disabled={disabled}
          onChange={(event) => onChange(setToolRule(doc, agent, server.name, tool, event.target.checked ? {} : null))}
        />
        <label htmlFor={id} className="font-mono text-[13px]">
          {tool === ALL_TOOLS ? <span className="font-sans font-medium">All tools (*)</span> : tool}
        </label>
        {operation ? <OperationBadge operation={operation} /> : null}
        {missing ? (
          <span className="flex items-center gap-1 text-xs text-warning">
            <TriangleAlert aria-hidden className="size-3.5" />
            not offered at the last connection test
          </span>
        ) : null}
      </div>
      {rule ? (
        <div className="pl-6">
          <PolicyRuleFields
            rule={rule}
            sandboxed={server.sandboxed}
            disabled={disabled}
            toolLabel={label}
            onChange={(patch) => onChange(patchToolRule(doc, agent, server.name, tool, patch))}
          />
        </div>
      ) : null}
    </li>
  );
}

function LimitsFields({ doc, agent, onChange, disabled }: TPanelProps) {
  const limits = agentRuleOf(doc, agent)?.limits;
  const id = useId();
  // Kept inside what the policy accepts; an emptied field keeps the last value until something is typed.
  const set = (key: keyof TToolLimits, text: string, scale: number, min: number, max: number) => {
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) return;
    const clamped = Math.min(max, Math.max(min, Math.round(value * scale)));
    onChange(setAgentLimits(doc, agent, { ...DEFAULT_TOOL_LIMITS, ...limits, [key]: clamped }));
  };
  return (
    <div className="grid gap-2 rounded-lg border px-3 py-2">
      <label className="flex items-center gap-2 text-[13px] font-medium">
        <input
          type="checkbox"
          className="size-4 rounded accent-primary"
          checked={Boolean(limits)}
          disabled={disabled}
          onChange={(event) => onChange(setAgentLimits(doc, agent, event.target.checked ? { ...DEFAULT_TOOL_LIMITS } : undefined))}
        />
        Own limits per step
        {!limits ? (
          <span className="font-normal text-muted-foreground">
            (otherwise {agent === "*" ? "the defaults" : "those of All agents, or the defaults"}: {DEFAULT_TOOL_LIMITS.callsPerStep} calls, {DEFAULT_TOOL_LIMITS.wallTimeMs / 1000} s, {DEFAULT_TOOL_LIMITS.resultBytes / 1024} KiB per result)
          </span>
        ) : null}
      </label>
      {limits ? (
        <div className="flex flex-wrap gap-4 pl-6 text-xs text-muted-foreground">
          <label htmlFor={`${id}-calls`} className="flex items-center gap-2">
            Calls
            <Input id={`${id}-calls`} type="number" min={1} max={10_000} className="h-7 w-24" value={limits.callsPerStep} disabled={disabled} onChange={(e) => set("callsPerStep", e.target.value, 1, 1, 10_000)} />
          </label>
          <label htmlFor={`${id}-time`} className="flex items-center gap-2">
            Tool time (s)
            <Input id={`${id}-time`} type="number" min={1} className="h-7 w-24" value={limits.wallTimeMs / 1000} disabled={disabled} onChange={(e) => set("wallTimeMs", e.target.value, 1000, 1000, 24 * 3_600_000)} />
          </label>
          <label htmlFor={`${id}-bytes`} className="flex items-center gap-2">
            Result size (KiB)
            <Input id={`${id}-bytes`} type="number" min={1} className="h-7 w-28" value={limits.resultBytes / 1024} disabled={disabled} onChange={(e) => set("resultBytes", e.target.value, 1024, 1024, 64 * 1024 * 1024)} />
          </label>
        </div>
      ) : null}
    </div>
  );
}

export function PolicyAgentPanel({ servers, ...props }: TPanelProps & { servers: TToolServer[] }) {
  const { doc, agent } = props;
  return (
    <div className="grid gap-3">
      {servers.map((server) => {
        const offered = server.tools ?? [];
        const named = allowedTools(doc, agent, server.name).filter((t) => t !== ALL_TOOLS && !offered.some((o) => o.name === t));
        return (
          <section key={server.id} className="overflow-hidden rounded-lg border" aria-label={`${server.name} for ${props.agentLabel}`}>
            <h4 className="flex items-center gap-2 border-b bg-muted/40 px-3 py-1.5 text-[13px] font-medium">
              <span className="font-mono">{server.name}</span>
              {server.tools === null ? <span className="font-normal text-muted-foreground">— test the connection to list its tools one by one</span> : null}
            </h4>
            <ul className="divide-y">
              <ToolLine {...props} server={server} tool={ALL_TOOLS} />
              {offered.map((tool) => (
                <ToolLine key={tool.name} {...props} server={server} tool={tool.name} operation={tool.operation} />
              ))}
              {named.map((tool) => (
                <ToolLine key={tool} {...props} server={server} tool={tool} missing={server.tools !== null} />
              ))}
            </ul>
          </section>
        );
      })}
      <LimitsFields {...props} />
    </div>
  );
}

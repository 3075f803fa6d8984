"use client";

// The policy as a table: a row per agent ("All agents" first, then those with
// rules, then the rest of the catalogue), a column per server saying what the
// agent may call there; a row opens to edit its tools, rules and limits.
import { ShieldAlert } from "lucide-react";
import { useState } from "react";

import { cn } from "@/components/ui/cn";
import { ExpandableRow } from "@/components/ui/expandable-row";
import type { TToolServer } from "@/server/services/tools/tool-views";
import type { TToolPolicy } from "@/server/tools/policy/policy-schema";

import { agentRuleOf, allowedTools, toolRuleOf } from "./policy-draft";
import { PolicyAgentPanel } from "./policy-agent-panel";
import { ALL_AGENTS, ALL_TOOLS } from "./tool-meta";

export type TPolicyAgent = { id: string; name: string; category: string | null };

function Summary({ doc, agent, server }: { doc: TToolPolicy; agent: string; server: string }) {
  const tools = allowedTools(doc, agent, server);
  if (tools.length === 0) return <span className="text-muted-foreground">—</span>;
  const approval = tools.some((t) => toolRuleOf(doc, agent, server, t)?.approval);
  const label = tools.includes(ALL_TOOLS) ? (tools.length > 1 ? `All + ${tools.length - 1} rules` : "All tools") : `${tools.length} ${tools.length === 1 ? "tool" : "tools"}`;
  return (
    <span className="flex items-center gap-1.5" title={tools.map((t) => (t === ALL_TOOLS ? "all tools" : t)).join(", ")}>
      {label}
      {approval ? <ShieldAlert aria-label="some need approval" className="size-3.5 text-warning" /> : null}
    </span>
  );
}

function AgentRow({ agent, servers, doc, onChange, disabled, open, onToggle }: { agent: TPolicyAgent; servers: TToolServer[]; doc: TToolPolicy; onChange: (doc: TToolPolicy) => void; disabled: boolean; open: boolean; onToggle: () => void }) {
  const limits = agentRuleOf(doc, agent.id)?.limits;
  return (
    <ExpandableRow
      columns={servers.length + 3}
      toggleLabel={(isOpen) => `${isOpen ? "Close" : "Edit"} the tools of ${agent.name}`}
      open={open}
      onOpenChange={onToggle}
      detail={open ? <PolicyAgentPanel doc={doc} agent={agent.id} agentLabel={agent.name} servers={servers} onChange={onChange} disabled={disabled} /> : null}
    >
      <th scope="row" className="py-2 pr-4 text-left font-normal">
        <button type="button" className="grid text-left outline-none focus-visible:underline" onClick={onToggle}>
          <span className="font-medium">{agent.name}</span>
          <span className="font-mono text-xs text-muted-foreground">{agent.id === ALL_AGENTS ? "* — unless an agent's own row says otherwise" : agent.id}</span>
        </button>
      </th>
      {servers.map((server) => (
        <td key={server.id} className="py-2 pr-4 text-[13px] whitespace-nowrap">
          <Summary doc={doc} agent={agent.id} server={server.name} />
        </td>
      ))}
      <td className="py-2 text-[13px] whitespace-nowrap text-muted-foreground">{limits ? `${limits.callsPerStep} calls · ${limits.wallTimeMs / 1000} s` : "default"}</td>
    </ExpandableRow>
  );
}

export function PolicyTable({ agents, servers, doc, onChange, disabled }: { agents: TPolicyAgent[]; servers: TToolServer[]; doc: TToolPolicy; onChange: (doc: TToolPolicy) => void; disabled: boolean }) {
  const [openAgent, setOpenAgent] = useState<string | null>(null);
  const head = "pr-4 pb-2 font-medium";
  return (
    <div className="-mx-5 overflow-x-auto px-5">
      <table className="w-full text-sm">
        <caption className="sr-only">Which agent may use which tools of each server</caption>
        <thead>
          <tr className="border-b text-left text-xs text-muted-foreground">
            <th scope="col" className="pb-2">
              <span className="sr-only">Edit</span>
            </th>
            <th scope="col" className={head}>
              Agent
            </th>
            {servers.map((server) => (
              <th key={server.id} scope="col" className={cn(head, "font-mono")}>
                {server.name}
              </th>
            ))}
            <th scope="col" className="pb-2 font-medium">
              Limits per step
            </th>
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <AgentRow
              key={agent.id}
              agent={agent}
              servers={servers}
              doc={doc}
              onChange={onChange}
              disabled={disabled}
              open={openAgent === agent.id}
              onToggle={() => setOpenAgent((current) => (current === agent.id ? null : agent.id))}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

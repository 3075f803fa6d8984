"use client";

// The MCP tool servers an agent may call and which operations on each: one row
// per server, read / write / execute as checkboxes. The workspace's tool policy
// can still narrow this at run time.
import { Plus, Trash2 } from "lucide-react";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { toolOperations } from "@/server/agents/definition-schema";

import { controlId, newRowId, type TDraftErrors, type TToolRow } from "./agent-draft";

const operationHints = { read: "Read files, issues, pages", write: "Create or change things", execute: "Run commands or code" } as const;

export function ToolsEditor({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: TToolRow[];
  onChange: (next: TToolRow[]) => void;
  errors: TDraftErrors;
  disabled?: boolean;
}) {
  const id = useId();
  const update = (rowId: string, patch: Partial<TToolRow>) => onChange(value.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));

  return (
    <fieldset className="grid gap-2" disabled={disabled}>
      <legend className="mb-2 text-sm leading-none font-medium">Tool servers</legend>
      <p className="-mt-1 text-[13px] text-muted-foreground">
        MCP servers it may call, and what it may do on each. Leave empty for an agent that only writes text.
      </p>
      {value.length > 0 ? (
        <div className="overflow-hidden rounded-lg border">
          <table className="w-full text-sm">
            <thead className="bg-muted/50 text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  Server
                </th>
                {toolOperations.map((op) => (
                  <th key={op} scope="col" className="w-16 px-1 py-2 text-center font-medium capitalize" title={operationHints[op]}>
                    {op}
                  </th>
                ))}
                <th scope="col" className="w-10">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {value.map((row, index) => {
                const error = errors[`tools.${index}`];
                const serverId = controlId(`tools.${index}`);
                const name = row.server.trim() || `server ${index + 1}`;
                return (
                  <tr key={row.rowId} className={cn(error && "bg-destructive/5")}>
                    <td className="px-2 py-1.5 align-top">
                      <Input
                        id={serverId}
                        value={row.server}
                        onChange={(event) => update(row.rowId, { server: event.target.value })}
                        aria-label={`Tool server ${index + 1}`}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${serverId}-error` : undefined}
                        placeholder="github"
                        className="h-8 font-mono text-[13px]"
                        autoComplete="off"
                        spellCheck={false}
                      />
                      {error ? (
                        <p id={`${serverId}-error`} className="mt-1 text-[13px] font-medium text-destructive">
                          {error}
                        </p>
                      ) : null}
                    </td>
                    {toolOperations.map((op) => (
                      <td key={op} className="px-1 py-1.5 text-center align-top">
                        <input
                          id={`${id}-${row.rowId}-${op}`}
                          type="checkbox"
                          aria-label={`${name}: ${op}`}
                          checked={row.operations.includes(op)}
                          onChange={(event) =>
                            update(row.rowId, {
                              operations: event.target.checked ? [...row.operations, op] : row.operations.filter((o) => o !== op),
                            })
                          }
                          className="mt-2 size-4 cursor-pointer rounded accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-not-allowed"
                        />
                      </td>
                    ))}
                    <td className="py-1.5 pr-1.5 text-right align-top">
                      <Button
                        variant="ghost"
                        size="icon-sm"
                        aria-label={`Remove tool server ${name}`}
                        onClick={() => onChange(value.filter((r) => r.rowId !== row.rowId))}
                      >
                        <Trash2 aria-hidden />
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded-lg border border-dashed px-3 py-3 text-center text-[13px] text-muted-foreground">No tool servers.</p>
      )}
      <Button
        variant="outline"
        size="sm"
        className="justify-self-start"
        onClick={() => onChange([...value, { rowId: newRowId("tool"), server: "", operations: ["read"] }])}
      >
        <Plus aria-hidden />
        Add tool server
      </Button>
    </fieldset>
  );
}

// "Inputs and outputs": the deliverable types an agent reads (and which agents
// produce them), and the deliverables it writes, with format and path.
import Link from "next/link";
import type { ReactNode } from "react";

import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

import { DeliverableChip } from "./agent-badges";
import type { TAgentDetail } from "./agent-types";

function Th({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <th scope="col" className={`pr-4 pb-2 font-medium last:pr-0 ${className ?? ""}`}>
      {children}
    </th>
  );
}

export function AgentIoCard({ agent, hrefFor }: { agent: TAgentDetail; hrefFor: (agentId: string) => string }) {
  const producers = (type: string) => agent.upstream.filter((link) => link.via.includes(type));

  return (
    <Card>
      <CardHeader>
        <CardTitle>Inputs and outputs</CardTitle>
        <CardDescription>What {agent.name} reads before it starts, and the deliverables it writes.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <section aria-labelledby="agent-needs" className="grid gap-2">
          <h4 id="agent-needs" className="text-sm font-medium">
            Needs
          </h4>
          {agent.inputs.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              No upstream deliverables: it works from the task, the project and its memory.
            </p>
          ) : (
            <div className="-mx-5 overflow-x-auto px-5">
              <table className="w-full text-sm">
                <caption className="sr-only">Deliverables {agent.name} needs</caption>
                <thead>
                  <tr className="border-b text-left text-xs text-muted-foreground">
                    <Th>Deliverable</Th>
                    <Th className="w-full">Produced by</Th>
                  </tr>
                </thead>
                <tbody className="divide-y">
                  {agent.inputs.map((type) => {
                    const from = producers(type);
                    return (
                      <tr key={type}>
                        <td className="py-2 pr-4 align-top whitespace-nowrap">
                          <DeliverableChip type={type} className="mt-0.5" />
                        </td>
                        <td className="py-2 text-muted-foreground">
                          {from.length === 0 ? (
                            "Any agent that produces it"
                          ) : (
                            <ul className="flex flex-wrap gap-1.5">
                              {from.map((link) => (
                                <li key={link.id}>
                                  <Link
                                    href={hrefFor(link.id)}
                                    className="inline-flex h-6 items-center gap-1.5 rounded-md border pr-2 pl-0.5 text-[13px] font-medium text-foreground outline-none transition-colors hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
                                  >
                                    <Avatar name={link.name} size="xs" shape="square" aria-hidden />
                                    {link.name}
                                  </Link>
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="agent-produces" className="grid gap-2">
          <h4 id="agent-produces" className="text-sm font-medium">
            Produces
          </h4>
          <div className="-mx-5 overflow-x-auto px-5">
            <table className="w-full text-sm">
              <caption className="sr-only">Deliverables {agent.name} produces</caption>
              <thead>
                <tr className="border-b text-left text-xs text-muted-foreground">
                  <Th>Name</Th>
                  <Th>Type</Th>
                  <Th>Format</Th>
                  <Th>Path</Th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {agent.outputs.map((output) => (
                  <tr key={output.type}>
                    <td className="py-2.5 pr-4 font-medium">{output.name}</td>
                    <td className="py-2.5 pr-4 whitespace-nowrap">
                      <DeliverableChip type={output.type} />
                    </td>
                    <td className="py-2.5 pr-4">
                      <Badge variant="outline" className="font-normal text-muted-foreground">
                        {output.format}
                      </Badge>
                    </td>
                    <td className="py-2.5 font-mono text-xs break-all text-muted-foreground">
                      {output.path ?? <span className="font-sans italic">Not set</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </CardContent>
    </Card>
  );
}

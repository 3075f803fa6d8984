"use client";

// "Prompt": the agent's definition, one tab per section, rendered as readable
// text. The Task template's {{placeholders}} are highlighted; the preview below
// shows them filled in.
import { useState } from "react";

import { CopyButton } from "@/components/shell/copy-button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { agentSections, type TAgentSection } from "@/server/agents/definition-schema";

import type { TAgentDetail } from "./agent-types";
import { MarkdownText } from "./markdown-text";

const hints: Partial<Record<TAgentSection, string>> = {
  "Task template": "Becomes the user message. Highlighted placeholders are filled in for each run.",
  Handoff: "What it tells the next agents when it finishes.",
};

export function AgentPromptCard({ agent }: { agent: TAgentDetail }) {
  const [section, setSection] = useState<TAgentSection>("Role");
  const text = agent.sections[section];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Prompt</CardTitle>
        <CardDescription>The definition {agent.name} runs on. Every section except the task template goes into the system prompt.</CardDescription>
        <CardAction>
          <CopyButton
            value={text}
            size="icon-sm"
            label={`Copy the ${section} section`}
            title={`Copy the ${section} section`}
            successMessage={`${section} copied`}
          />
        </CardAction>
      </CardHeader>
      <CardContent>
        <Tabs value={section} onValueChange={(value) => setSection(value as TAgentSection)} className="gap-5">
          <TabsList variant="line" aria-label="Prompt sections" className="overflow-x-auto overflow-y-hidden">
            {agentSections.map((name) => (
              <TabsTrigger key={name} value={name}>
                {name}
              </TabsTrigger>
            ))}
          </TabsList>
          {agentSections.map((name) => (
            <TabsContent key={name} value={name} className="grid gap-4">
              {hints[name] ? <p className="text-[13px] text-muted-foreground">{hints[name]}</p> : null}
              <MarkdownText source={agent.sections[name]} className="max-w-3xl" />
            </TabsContent>
          ))}
        </Tabs>
      </CardContent>
    </Card>
  );
}

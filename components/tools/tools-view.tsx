"use client";

// The Tools page: the workspace's MCP servers, the per-agent policy that says
// which agent may use which of their tools, and the log of every tool call.
// The tab (and the call log's run filter) live in the URL, so a view can be
// shared: ?tab=calls&run=<run id>.
import { Lock } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

import { roleLabels } from "@/components/members/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useWorkspace } from "@/components/workspaces/workspace-context";

import { PolicyEditor } from "./policy-editor";
import { ToolCallsLog } from "./tool-calls-log";
import { ToolServersCard } from "./tool-servers-card";

const tabs = ["servers", "policy", "calls"] as const;
type TTab = (typeof tabs)[number];

function tabFrom(value: string | null): TTab {
  return tabs.find((t) => t === value) ?? "servers";
}

export function ToolsView() {
  const { workspace, can } = useWorkspace();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tab = tabFrom(searchParams.get("tab"));
  const runFilter = searchParams.get("run") ?? "";

  function navigate(next: { tab?: TTab; run?: string }) {
    const params = new URLSearchParams(searchParams.toString());
    const nextTab = next.tab ?? tab;
    if (nextTab === "servers") params.delete("tab");
    else params.set("tab", nextTab);
    const run = next.run ?? (nextTab === "calls" ? runFilter : "");
    if (run) params.set("run", run);
    else params.delete("run");
    const search = params.toString();
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  }

  const header = <PageHeader title="Tools" description="The MCP servers agents can reach, which agent may use which tool, and every call they made or were refused." />;

  if (!can("tools.read")) {
    return (
      <>
        {header}
        <EmptyState
          icon={<Lock />}
          title="Tools are for members and above"
          description={`Your role (${roleLabels[workspace.role]}) can't see this workspace's tool servers, policy or tool calls. Ask an admin if you need them.`}
        />
      </>
    );
  }

  return (
    <>
      {header}
      <Tabs value={tab} onValueChange={(value) => navigate({ tab: tabFrom(value) })} className="gap-6">
        <TabsList variant="line" aria-label="Tools sections">
          <TabsTrigger value="servers">Servers</TabsTrigger>
          <TabsTrigger value="policy">Policy</TabsTrigger>
          <TabsTrigger value="calls">Call log</TabsTrigger>
        </TabsList>
        <TabsContent value="servers">
          <ToolServersCard onEditPolicy={() => navigate({ tab: "policy" })} />
        </TabsContent>
        <TabsContent value="policy">
          <PolicyEditor onShowServers={() => navigate({ tab: "servers" })} />
        </TabsContent>
        <TabsContent value="calls">
          <ToolCallsLog runId={runFilter} onRunChange={(run) => navigate({ tab: "calls", run })} />
        </TabsContent>
      </Tabs>
    </>
  );
}

import { AgentCatalogue } from "@/components/agents/agent-catalogue";

export const metadata = { title: "Agents" };

export default function AgentsPage() {
  return <AgentCatalogue />;
}

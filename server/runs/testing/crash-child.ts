// Test-only: a separate app process for the crash test. `start` starts a run
// (its embedded runner begins executing it); `resume` only boots the embedded
// runner, which picks up what a killed process left. Either way it then
// stays alive until killed.
import { embeddedRunner } from "@/server/engine/engine";
import { startRun } from "@/server/services/runs/start-run";

const [mode, workspaceId, projectId] = process.argv.slice(2);

if (mode === "start") {
  const run = await startRun({ workspaceId: workspaceId!, actor: null }, { projectId: projectId!, templateId: "api-service", task: "Build a REST API for a bookshop: books, authors, orders and stock levels." });
  console.log(JSON.stringify({ runId: run.id }));
} else {
  await embeddedRunner();
  console.log(JSON.stringify({ resumed: true }));
}
setInterval(() => {}, 60_000);

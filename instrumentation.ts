// Runs once when the server starts: without Inngest, start the embedded
// durable runner, which also resumes runs a previous process left unfinished.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { engineKind, embeddedRunner } = await import("@/server/engine/engine");
  if (engineKind === "embedded") await embeddedRunner();
}

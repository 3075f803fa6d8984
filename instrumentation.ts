// Runs once when the server starts: without Inngest, start the embedded
// durable runner, which also resumes runs a previous process left unfinished.
// Then ask for memory's upkeep: a re-index where another embedder made the
// vectors, a retention sweep where memory may have expired; and hand back to
// the engine any pull-request review a crash left queued.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { engineKind, embeddedRunner } = await import("@/server/engine/engine");
  if (engineKind === "embedded") await embeddedRunner();
  const { requestMemoryUpkeep } = await import("@/server/services/memory/request-memory-jobs");
  void requestMemoryUpkeep().catch((error: unknown) => console.error("memory: could not ask for re-index and retention jobs at boot", error));
  const { requeueStrandedReviews } = await import("@/server/services/github/review/requeue-stranded-reviews");
  void requeueStrandedReviews().catch((error: unknown) => console.error("github: could not hand stranded reviews back to the engine at boot", error));
}

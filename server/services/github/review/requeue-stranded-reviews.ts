// A review is queued in the same transaction as its webhook delivery, and its
// engine event is sent just after the commit. A process that dies in between
// leaves the review queued with nothing to run it (GitHub's redelivery is a
// duplicate and does no work twice). At boot, such reviews are handed to the
// engine again: on the embedded runner only those with no execution at all;
// on Inngest every one, with the review's id as the event id, which Inngest
// deduplicates, so a review already running is not started twice.
import { Prisma } from "@/server/db/generated/client";
import { getDb } from "@/server/db/client";
import { engineKind, sendEngineEvent } from "@/server/engine/engine";
import { GITHUB_REVIEW_REQUESTED, type TReviewEventData } from "./request-review";

/** Younger reviews may still be on their way to the engine. */
const GRACE_MS = 60_000;

export async function requeueStrandedReviews(now = new Date()): Promise<number> {
  const db = await getDb();
  const queued = await db.gitHubReview.findMany({
    where: { status: "queued", createdAt: { lt: new Date(now.getTime() - GRACE_MS) } },
    select: { id: true, workspaceId: true },
    take: 500,
  });
  if (queued.length === 0) return 0;
  let stranded = queued;
  if (engineKind === "embedded") {
    const ids = queued.map((r) => r.id);
    const known = await db.$queryRaw<{ reviewId: string }[]>(
      Prisma.sql`SELECT "eventData"->>'reviewId' AS "reviewId" FROM "EngineExecution" WHERE "eventName" = ${GITHUB_REVIEW_REQUESTED} AND "eventData"->>'reviewId' IN (${Prisma.join(ids)})`,
    );
    const started = new Set(known.map((k) => k.reviewId));
    stranded = queued.filter((r) => !started.has(r.id));
  }
  if (stranded.length === 0) return 0;
  await sendEngineEvent(
    stranded.map((r) => ({ name: GITHUB_REVIEW_REQUESTED, id: `github-review:${r.id}`, data: { reviewId: r.id, workspaceId: r.workspaceId } satisfies TReviewEventData })),
  );
  return stranded.length;
}

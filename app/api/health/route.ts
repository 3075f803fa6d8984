// Liveness (`/api/health`) and readiness (`/api/health?ready=1`: the database answers).
import { checkDatabase } from "@/server/services/health/check-database";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ready = new URL(request.url).searchParams.has("ready");
  if (!ready) return Response.json({ status: "ok" });
  const database = await checkDatabase();
  const ok = database.status === "ok";
  return Response.json({ status: ok ? "ok" : "unavailable", checks: { database } }, { status: ok ? 200 : 503 });
}

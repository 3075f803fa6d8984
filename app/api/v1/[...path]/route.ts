// Every /api/v1 request goes through the one REST pipeline (server/api).
import { handleV1Request } from "@/server/api/v1";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ path: string[] }> };

async function handle(request: Request, context: TContext): Promise<Response> {
  const { path } = await context.params;
  return handleV1Request(request, `/${path.map(encodeURIComponent).join("/")}`);
}

export { handle as GET, handle as POST, handle as PATCH, handle as PUT, handle as DELETE };

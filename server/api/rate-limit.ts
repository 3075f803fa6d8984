// Rate limits of the REST API: per key (by its workspace's plan), and per
// client address for requests without a valid key. Upstash's limiter when
// configured, in-process otherwise (server/ratelimit).
import { clientAddress } from "@/server/http/client-address";
import { limitApiRequest, rateLimitHeaders } from "@/server/ratelimit";
import type { TApiCaller } from "./endpoint";

export { rateLimitHeaders };

/** Billing is not built yet: every workspace is on the self-hosted plan. */
export const limitKey = (caller: TApiCaller) => limitApiRequest({ workspaceId: caller.workspaceId, keyId: caller.keyId, plan: "self_hosted" });

export const limitAddress = (request: Request) => limitApiRequest({ ip: clientAddress(request.headers) });

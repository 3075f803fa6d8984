// GET /me: which workspace and scopes the calling key has.
import { z } from "zod";
import { defineEndpoint } from "../endpoint";

const ZMe = z.object({
  workspace: z.object({ id: z.string(), slug: z.string() }),
  key: z.object({ id: z.string(), name: z.string(), prefix: z.string(), scopes: z.array(z.string()) }),
});

export const meEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/me",
    operationId: "getMe",
    summary: "The calling key, its workspace and scopes",
    tag: "Workspace",
    permission: null,
    response: ZMe,
    handler: async ({ caller }) => ({
      workspace: { id: caller.workspaceId, slug: caller.workspaceSlug },
      key: { id: caller.keyId, name: caller.name, prefix: caller.prefix, scopes: caller.scopes },
    }),
  }),
];

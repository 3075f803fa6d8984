import { createAppManifestForm } from "@/server/services/github/connect/create-app-manifest";
import { publicOrigin } from "@/server/services/github/connect/github-urls";
import { ZCreateAppManifestInput } from "@/server/services/github/connect/schemas";
import { requirePermission, workspaceProcedure } from "../../init";

export const githubCreateManifestProcedure = workspaceProcedure
  .use(requirePermission("github.manage"))
  .input(ZCreateAppManifestInput)
  .mutation(({ ctx, input }) => createAppManifestForm(ctx.scope, input, publicOrigin(ctx.headers)));

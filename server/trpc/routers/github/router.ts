// Settings → GitHub: the app's setup state, connecting installations,
// mapping repositories to projects, and recent reviews and deliveries.
import { createRouter } from "../../init";
import { githubCreateManifestProcedure } from "./create-manifest";
import { githubDeliveriesProcedure } from "./deliveries";
import { githubDisconnectProcedure } from "./disconnect";
import { githubInstallUrlProcedure } from "./install-url";
import { githubInstallationsProcedure } from "./installations";
import { githubReviewsProcedure } from "./reviews";
import { githubSetRepositoryProjectProcedure } from "./set-repository-project";
import { githubStatusProcedure } from "./status";

export const githubRouter = createRouter({
  status: githubStatusProcedure,
  installUrl: githubInstallUrlProcedure,
  createManifest: githubCreateManifestProcedure,
  installations: githubInstallationsProcedure,
  setRepositoryProject: githubSetRepositoryProjectProcedure,
  disconnect: githubDisconnectProcedure,
  reviews: githubReviewsProcedure,
  deliveries: githubDeliveriesProcedure,
});

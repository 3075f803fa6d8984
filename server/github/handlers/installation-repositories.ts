// `installation_repositories`: repositories were added to or removed from an installation.
import { ZInstallationRepositoriesEvent } from "@/server/github/payloads";
import { syncInstallationRepositories } from "@/server/services/github/sync-installation-repositories";
import type { TWebhookHandler } from "./types";

export const handleInstallationRepositories: TWebhookHandler = (payload) => {
  const event = ZInstallationRepositoriesEvent.parse(payload);
  if (event.action !== "added" && event.action !== "removed") {
    return { outcome: "ignored", reason: `installation_repositories ${event.action} is not handled` };
  }
  const change = { installation: event.installation, added: event.repositories_added, removedIds: event.repositories_removed.map((repo) => repo.id) };
  return { outcome: "accepted", apply: (tx, at) => syncInstallationRepositories(tx, change, at) };
};

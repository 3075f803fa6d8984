// `installation`: the app was installed, uninstalled, suspended or unsuspended.
import { ZInstallationEvent } from "@/server/github/payloads";
import { syncInstallation, type TInstallationAction } from "@/server/services/github/sync-installation";
import type { TWebhookHandler } from "./types";

const handled: readonly string[] = ["created", "deleted", "suspend", "unsuspend"] satisfies TInstallationAction[];

export const handleInstallation: TWebhookHandler = (payload) => {
  const event = ZInstallationEvent.parse(payload);
  if (!handled.includes(event.action)) return { outcome: "ignored", reason: `installation ${event.action} is not handled` };
  const suspendedAt = event.installation.suspended_at ? new Date(event.installation.suspended_at) : null;
  const change = {
    action: event.action as TInstallationAction,
    installation: event.installation,
    repositories: event.repositories ?? [],
    suspendedAt: suspendedAt && !Number.isNaN(suspendedAt.getTime()) ? suspendedAt : null,
  };
  return { outcome: "accepted", apply: (tx, at) => syncInstallation(tx, change, at) };
};

"use client";

// The events an endpoint receives, each with a line on when it is sent.
import { CheckboxGroup } from "@/components/ui/checkbox-group";

import { eventLabels, webhookEventDescriptions, webhookEventTypes, type TWebhookEventType } from "./webhook-meta";

export function EventCheckboxes(props: { value: TWebhookEventType[]; onChange: (next: TWebhookEventType[]) => void; disabled?: boolean; error?: string }) {
  return <CheckboxGroup legend="Events" options={webhookEventTypes} labels={eventLabels} hints={webhookEventDescriptions} {...props} />;
}

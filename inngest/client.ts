// The Inngest client. Inngest (Cloud, or self-hosted via INNGEST_BASE_URL) is
// the distributed engine, used when INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY
// are set; otherwise the embedded runner executes the same functions.
import { Inngest } from "inngest";
import { env } from "@/server/env";

export const isInngestConfigured = Boolean(env.INNGEST_EVENT_KEY && env.INNGEST_SIGNING_KEY);

export const inngest = new Inngest({
  id: "coralcollective",
  eventKey: env.INNGEST_EVENT_KEY,
  baseUrl: env.INNGEST_BASE_URL,
});

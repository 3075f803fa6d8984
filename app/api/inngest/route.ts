// Inngest's endpoint: it registers and invokes our functions here. Without
// Inngest keys the embedded runner executes them instead and this answers 404.
import { serve } from "inngest/next";
import { isInngestConfigured } from "@/inngest/client";
import { inngest } from "@/inngest/client";
import { toInngestFunction } from "@/inngest/adapter";
import { engineFunctions } from "@/inngest/functions";

const handlers = serve({ client: inngest, functions: engineFunctions.map((fn) => toInngestFunction(fn)) });
const notConfigured = () => Response.json({ error: "Inngest is not configured here; workflows run on the embedded runner." }, { status: 404 });

export const GET = isInngestConfigured ? handlers.GET : notConfigured;
export const POST = isInngestConfigured ? handlers.POST : notConfigured;
export const PUT = isInngestConfigured ? handlers.PUT : notConfigured;

// A local HTTP server that speaks the OpenAI Chat Completions and Anthropic
// Messages wire protocols, so tests can point the real AI SDK providers at it
// by base URL. Replies are scripted per model name; every request is recorded.
// Test code only.
import type { IncomingMessage, ServerResponse } from "node:http";
import { flatHeaders, isRecord, listenLocally, parseJson, readBody, sendJson, sleep } from "./local-http";
import { anthropicErrorBody, checkAnthropicHeaders, writeAnthropicReply } from "./fake-llm-anthropic";
import { openAiErrorBody, writeOpenAiReply } from "./fake-llm-openai";
import {
  createScriptBook,
  defaultReplyFor,
  isDelayStep,
  resolveReply,
  type FakeApi,
  type FakeReply,
  type FakeStep,
  type RecordedRequest,
} from "./fake-llm-script";

export type { FakeApi, FakeReply, FakeStep, FakeUsage, RecordedRequest } from "./fake-llm-script";

export type FakeLlmServer = {
  /** e.g. http://127.0.0.1:54321 */
  url: string;
  /** `baseURL` for createOpenAI / createOpenAICompatible. */
  openaiBaseUrl: string;
  /** `baseURL` for createAnthropic. */
  anthropicBaseUrl: string;
  /** Queue steps for `model`, consumed one per request in order. */
  script(model: string, steps: FakeStep[]): void;
  /** Answers a request when its model's queue is empty. Assignable. */
  defaultReply: (req: RecordedRequest) => FakeReply;
  /** Every well-formed request, oldest first. */
  requests: RecordedRequest[];
  count(model?: string): number;
  /** Forget requests and queued steps, and restore the default reply. */
  reset(): void;
  close(): Promise<void>;
};

const ROUTES: Record<string, FakeApi> = { "/v1/chat/completions": "openai", "/v1/messages": "anthropic" };

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const scripts = createScriptBook();
  // Aborted on close(), so hanging replies stop even if a socket lingers.
  const lifetime = new AbortController();

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const api = ROUTES[path];
    if (req.method !== "POST" || api === undefined) {
      sendJson(res, 404, { error: { message: `No fake route for ${req.method} ${path}`, type: "invalid_request_error" } });
      return;
    }
    const errorBody = api === "openai" ? openAiErrorBody : anthropicErrorBody;
    const body = parseJson(await readBody(req));
    if (!isRecord(body)) {
      sendJson(res, 400, errorBody(400, "The request body is not a JSON object."));
      return;
    }
    const recorded: RecordedRequest = {
      api,
      model: typeof body.model === "string" ? body.model : "",
      path,
      headers: flatHeaders(req),
      body,
      stream: body.stream === true,
      at: Date.now(),
    };
    fake.requests.push(recorded);

    const refusal = api === "anthropic" ? checkAnthropicHeaders(recorded.headers) : undefined;
    if (refusal) {
      sendJson(res, refusal.status, refusal.body);
      return;
    }

    // Aborted when the client disconnects before we answer (timeouts, aborts) or the server closes.
    const gone = new AbortController();
    res.on("close", () => gone.abort());
    const signal = AbortSignal.any([gone.signal, lifetime.signal]);

    let step: FakeStep = scripts.next(recorded.model) ?? fake.defaultReply(recorded);
    while (isDelayStep(step)) {
      if (!(await sleep(step.delayMs, signal))) return;
      step = step.then ?? fake.defaultReply(recorded);
    }
    const reply = resolveReply(step, body);
    if (reply.kind === "status") {
      sendJson(res, reply.status, reply.body ?? errorBody(reply.status), reply.headers);
    } else if (api === "openai") {
      writeOpenAiReply(res, reply, recorded.model, body);
    } else {
      writeAnthropicReply(res, reply, recorded.model, body);
    }
  }

  const server = await listenLocally((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: "server_error" } });
      else res.destroy();
    });
  });

  const fake: FakeLlmServer = {
    url: server.url,
    openaiBaseUrl: `${server.url}/v1`,
    anthropicBaseUrl: `${server.url}/v1`,
    script: (model, steps) => scripts.add(model, steps),
    defaultReply: defaultReplyFor,
    requests: [],
    count: (model) => (model === undefined ? fake.requests.length : fake.requests.filter((r) => r.model === model).length),
    reset() {
      // Emptied in place so a reference a test holds stays live.
      fake.requests.length = 0;
      scripts.clear();
      fake.defaultReply = defaultReplyFor;
    },
    close() {
      lifetime.abort();
      return server.close();
    },
  };
  return fake;
}

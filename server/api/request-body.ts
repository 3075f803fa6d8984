// Reading a JSON request body safely: the content type must be JSON, the body
// at most 1 MB (checked on the declared length and while reading), and the
// text must parse. Each failure is its own problem with its own status.
import { readBodyBytes } from "@/server/http/read-body";
import { ApiProblem } from "./problem";

export const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<{ value: unknown; raw: string }> {
  const raw = await readText(request, limit);
  if (raw.trim() === "") return { value: undefined, raw };
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) {
    throw new ApiProblem("unsupported-media-type", `Send the body as JSON with "Content-Type: application/json"${type ? ` (got "${type}")` : ""}.`);
  }
  try {
    return { value: JSON.parse(raw), raw };
  } catch (error) {
    throw new ApiProblem("malformed-request", `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function tooLarge(limit: number): ApiProblem {
  return new ApiProblem("payload-too-large", `The body is larger than ${Math.round(limit / 1024)} KB.`);
}

async function readText(request: Request, limit: number): Promise<string> {
  const bytes = await readBodyBytes(request, limit);
  if (!bytes) throw tooLarge(limit);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiProblem("malformed-request", "The body is not valid UTF-8.");
  }
}

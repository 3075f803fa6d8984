// The client's address as the proxy in front reports it (first hop), or
// "local": the key for per-address rate limits.
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}

// Keeps outbound webhooks away from the deployment's own network (SSRF): only
// http(s) URLs without credentials, and never an address that is loopback,
// private, shared (CGNAT), link-local (cloud metadata), unique-local,
// multicast, reserved or an IPv4 address of those wrapped in IPv6. Literal
// addresses are refused when an endpoint is saved; names are resolved and
// checked at delivery time by `guardedLookup`, whose answer is the very
// address the request connects to, so a name cannot be re-pointed (DNS
// rebinding) between the check and the connection.
// WEBHOOKS_ALLOW_PRIVATE_TARGETS lifts the address rules (not the URL rules).
import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { AppError } from "@/server/errors/app-error";

const ipv4Ranges: [string, number, string][] = [
  ["0.0.0.0", 8, "this-network"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared (CGNAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

const ipv6Ranges: [string, number, string][] = [
  // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d.
  ["::", 96, "loopback or unspecified"],
  ["64:ff9b:1::", 48, "private (local NAT64)"],
  ["100::", 64, "discard"],
  ["2001::", 32, "Teredo"],
  ["2001:db8::", 32, "documentation"],
  ["2002::", 16, "6to4"],
  ["fc00::", 7, "unique-local"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local"],
  ["ff00::", 8, "multicast"],
];

function blockLists(ranges: [string, number, string][], family: "ipv4" | "ipv6"): [BlockList, string][] {
  return ranges.map(([network, prefix, label]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return [list, label];
  });
}
const ipv4Lists = blockLists(ipv4Ranges, "ipv4");
const ipv6Lists = blockLists(ipv6Ranges, "ipv6");

/** The eight 16-bit groups of an IPv6 address (with or without a dotted IPv4 tail). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const zeros = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

/** Why `address` (a literal IPv4 or IPv6 address) may not be a webhook target, or null when it may. */
export function restrictedAddressReason(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(ip);
  if (family === 4) return ipv4Lists.find(([list]) => list.check(ip, "ipv4"))?.[1] ?? null;
  if (family !== 6) return "not an IP address";
  const g = ipv6Groups(ip);
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address: judge that one.
  const mapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (mapped || nat64) {
    const v4 = [g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff].join(".");
    const reason = restrictedAddressReason(v4);
    return reason && `${reason} (${v4})`;
  }
  return ipv6Lists.find(([list]) => list.check(ip, "ipv6"))?.[1] ?? null;
}

const invalid = (message: string) => new AppError("INVALID_INPUT", `url: ${message}`, { field: "url" });

/**
 * Check a webhook URL when it is saved: its form, and its host when that is a
 * literal address (in any spelling URL parsing accepts: 127.1, 0x7f000001,
 * 2130706433, [::ffff:127.0.0.1]). Returns the normalised URL.
 */
export function checkWebhookUrl(raw: string, options: { allowPrivate: boolean }): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalid("Enter a full URL, e.g. https://example.com/webhooks/coral.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw invalid(`Use an http:// or https:// URL, not ${url.protocol}//.`);
  if (url.username || url.password) throw invalid("Remove the user name and password from the URL; verify requests with the signing secret instead.");
  const host = url.hostname.toLowerCase();
  if (!host) throw invalid("The URL needs a host name.");
  if (!options.allowPrivate) {
    if (host === "localhost" || host.endsWith(".localhost")) throw invalid("Webhooks can't be sent to this machine (localhost).");
    const bare = host.replace(/^\[|\]$/g, "");
    const reason = isIP(bare) ? restrictedAddressReason(bare) : null;
    if (reason) throw invalid(`Webhooks can't be sent to a ${reason} address (${bare}); use a public address.`);
  }
  url.hash = "";
  return url.href;
}

/** Raised at delivery time when a target resolves to an address webhooks may not reach. */
export class WebhookTargetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookTargetRefused";
  }
}

export type TResolvedAddress = { address: string; family: 4 | 6 };
export type TResolver = (hostname: string) => Promise<TResolvedAddress[]>;

const systemResolver: TResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * Resolve `hostname` and check every address it has (one bad address refuses
 * the name: which one a connection would use is not ours to choose).
 */
export async function resolveWebhookTarget(hostname: string, options: { allowPrivate: boolean; resolve?: TResolver }): Promise<TResolvedAddress> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(bare);
  const addresses = literal ? [{ address: bare, family: literal as 4 | 6 }] : await (options.resolve ?? systemResolver)(bare);
  if (addresses.length === 0) throw new WebhookTargetRefused(`${hostname} has no address.`);
  if (!options.allowPrivate) {
    for (const { address } of addresses) {
      const reason = restrictedAddressReason(address);
      if (reason) throw new WebhookTargetRefused(`Refused: ${hostname} resolves to a ${reason} address (${address}).`);
    }
  }
  return addresses[0]!;
}

/** A `lookup` for http(s).request that connects only to an address `resolveWebhookTarget` approved. */
export function guardedLookup(options: { allowPrivate: boolean; resolve?: TResolver }): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    resolveWebhookTarget(hostname, options).then(
      ({ address, family }) => {
        if (lookupOptions.all) callback(null, [{ address, family }]);
        else callback(null, address, family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, ""),
    );
  };
}

import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { checkWebhookUrl, resolveWebhookTarget, restrictedAddressReason, WebhookTargetRefused } from "./ssrf-guard";

const strict = { allowPrivate: false };
const lenient = { allowPrivate: true };

function refusal(url: string, options = strict): string | null {
  try {
    checkWebhookUrl(url, options);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_INPUT");
    return (error as AppError).message;
  }
}

describe("restrictedAddressReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["100.127.255.255", "shared (CGNAT)"],
    ["169.254.169.254", "link-local"],
    ["0.0.0.0", "this-network"],
    ["0.1.2.3", "this-network"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::1", "loopback or unspecified"],
    ["::", "loopback or unspecified"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback (127.0.0.1)"],
    ["::ffff:7f00:1", "loopback (127.0.0.1)"],
    ["0:0:0:0:0:ffff:a9fe:a9fe", "link-local (169.254.169.254)"],
    ["::ffff:10.0.0.1", "private (10.0.0.1)"],
    ["64:ff9b::7f00:1", "loopback (127.0.0.1)"],
    ["[::1]", "loopback or unspecified"],
  ])("%s is %s", (address, reason) => {
    expect(restrictedAddressReason(address)).toBe(reason);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"])(
    "%s is public",
    (address) => {
      expect(restrictedAddressReason(address)).toBeNull();
    },
  );
});

describe("checkWebhookUrl (when an endpoint is saved)", () => {
  it.each([
    ["http://127.0.0.1/hook", "loopback address (127.0.0.1)"],
    ["http://127.1/hook", "loopback address (127.0.0.1)"],
    ["http://0x7f000001/", "loopback address (127.0.0.1)"],
    ["http://2130706433/", "loopback address (127.0.0.1)"],
    ["http://017700000001/", "loopback address (127.0.0.1)"],
    ["http://127.0.0.1./", "loopback address (127.0.0.1)"],
    ["http://[::1]:8080/", "loopback or unspecified address (::1)"],
    ["http://[::ffff:127.0.0.1]/", "loopback (127.0.0.1) address (::ffff:7f00:1)"],
    ["http://[::ffff:169.254.169.254]/latest/meta-data", "link-local (169.254.169.254) address"],
    ["http://169.254.169.254/latest/meta-data/", "link-local address (169.254.169.254)"],
    ["http://2852039166/", "link-local address (169.254.169.254)"],
    ["https://10.0.0.5/", "private address (10.0.0.5)"],
    ["https://192.168.0.10/", "private address"],
    ["https://172.20.1.1/", "private address"],
    ["https://100.100.100.200/", "shared (CGNAT) address"],
    ["http://0.0.0.0:3000/", "this-network address"],
    ["http://[fd00::1]/", "unique-local address"],
    ["http://[fe80::1]/", "link-local address"],
    ["http://[ff02::1]/", "multicast address"],
    ["http://224.0.0.251/", "multicast address"],
    ["http://localhost:3000/", "localhost"],
    ["http://api.localhost/", "localhost"],
    ["ftp://example.com/", "Use an http:// or https:// URL, not ftp://."],
    ["file:///etc/passwd", "Use an http:// or https:// URL, not file://."],
    ["gopher://example.com/", "not gopher://"],
    ["https://user:pass@example.com/", "Remove the user name and password"],
    ["https://token@example.com/", "Remove the user name and password"],
    ["not a url", "Enter a full URL"],
    ["example.com/hook", "Enter a full URL"],
  ])("refuses %s", (url, message) => {
    const error = refusal(url);
    expect(error).toContain(message);
    expect(error).toMatch(/^url: /);
  });

  it("accepts public URLs and names (checked again after DNS at delivery), normalised", () => {
    expect(checkWebhookUrl("https://hooks.example.com/coral", strict)).toBe("https://hooks.example.com/coral");
    expect(checkWebhookUrl("  HTTPS://Hooks.Example.com:8443/a?b=c#frag ", strict)).toBe("https://hooks.example.com:8443/a?b=c");
    expect(checkWebhookUrl("http://8.8.8.8/hook", strict)).toBe("http://8.8.8.8/hook");
    expect(checkWebhookUrl("http://[2606:4700:4700::1111]/", strict)).toBe("http://[2606:4700:4700::1111]/");
  });

  it("lets a deployment that allows private targets use them, but never other schemes or credentials", () => {
    expect(checkWebhookUrl("http://127.0.0.1:4000/hook", lenient)).toBe("http://127.0.0.1:4000/hook");
    expect(checkWebhookUrl("http://localhost:4000/", lenient)).toBe("http://localhost:4000/");
    expect(refusal("ftp://127.0.0.1/", lenient)).toContain("not ftp://");
    expect(refusal("http://a:b@127.0.0.1/", lenient)).toContain("Remove the user name and password");
  });
});

describe("resolveWebhookTarget (at delivery, after DNS)", () => {
  const resolver = (table: Record<string, string[]>) => async (name: string) => (table[name] ?? []).map((address) => ({ address, family: (address.includes(":") ? 6 : 4) as 4 | 6 }));

  it("refuses a name with any restricted address, and names the address", async () => {
    const resolve = resolver({ "rebind.example.test": ["93.184.216.34", "127.0.0.1"], "meta.example.test": ["169.254.169.254"], "v6.example.test": ["::ffff:10.0.0.1"] });
    await expect(resolveWebhookTarget("rebind.example.test", { ...strict, resolve })).rejects.toThrow("Refused: rebind.example.test resolves to a loopback address (127.0.0.1).");
    await expect(resolveWebhookTarget("meta.example.test", { ...strict, resolve })).rejects.toThrow("link-local address (169.254.169.254)");
    await expect(resolveWebhookTarget("v6.example.test", { ...strict, resolve })).rejects.toBeInstanceOf(WebhookTargetRefused);
    await expect(resolveWebhookTarget("nothing.example.test", { ...strict, resolve })).rejects.toThrow("has no address");
  });

  it("returns the checked address the connection will use", async () => {
    const resolve = resolver({ "hooks.example.test": ["93.184.216.34", "2606:2800:220:1::1"], "local.example.test": ["127.0.0.1"] });
    await expect(resolveWebhookTarget("hooks.example.test", { ...strict, resolve })).resolves.toEqual({ address: "93.184.216.34", family: 4 });
    await expect(resolveWebhookTarget("local.example.test", { ...lenient, resolve })).resolves.toEqual({ address: "127.0.0.1", family: 4 });
    await expect(resolveWebhookTarget("[::1]", lenient)).resolves.toEqual({ address: "::1", family: 6 });
  });

  it("resolves real names with the system resolver: localhost is refused", async () => {
    await expect(resolveWebhookTarget("localhost", strict)).rejects.toThrow(/Refused: localhost resolves to a loopback/);
  });
});

import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor, makeUser, TEST_PASSWORD } from "@/server/testing/fixtures";
import { authenticate } from "./authenticate";

describe("sign-up and sign-in", () => {
  it("hashes the password with argon2id and normalises the email", async () => {
    const user = await callerFor(null).user.signUp({ name: "Ada", email: "  Ada@Example.TEST ", password: TEST_PASSWORD });
    expect(user.email).toBe("ada@example.test");
    const row = await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a duplicate email with a clear conflict", async () => {
    const user = await makeUser("dup");
    const error = await callerFor(null)
      .user.signUp({ name: "Again", email: user.email, password: TEST_PASSWORD })
      .catch((e: TRPCError) => e);
    expect((error as TRPCError).code).toBe("CONFLICT");
    expect((error as TRPCError).message).toMatch(/already exists/);
  });

  it("rejects a short password before touching the database", async () => {
    const error = await callerFor(null)
      .user.signUp({ name: "Short", email: "short@example.test", password: "123" })
      .catch((e: TRPCError) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/at least 8 characters/);
  });

  it("authenticates the right password only", async () => {
    const user = await makeUser("login");
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, "10.0.0.1")).toMatchObject({ id: user.id });
    expect(await authenticate({ email: user.email, password: "wrong password" }, "10.0.0.1")).toBeNull();
    expect(await authenticate({ email: "nobody@example.test", password: TEST_PASSWORD }, "10.0.0.1")).toBeNull();
  });

  it("locks an email out after 5 failures, even with the right password", async () => {
    const user = await makeUser("brute");
    for (let i = 0; i < 5; i++) expect(await authenticate({ email: user.email, password: `nope-${i}-xx` }, "10.0.0.2")).toBeNull();
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD }, "10.0.0.3")).rejects.toThrow(/Too many/);
  });
});

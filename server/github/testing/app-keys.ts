// RSA key pairs for a test GitHub App, in the form GitHub hands them out: the
// private key as PKCS#1 PEM (-----BEGIN RSA PRIVATE KEY-----), the public
// half (SPKI PEM) for the fake GitHub to check the app's JWTs with.
import { generateKeyPairSync } from "node:crypto";

export type TAppKeyPair = { privateKey: string; publicKey: string };

export function generateAppKeyPair(): TAppKeyPair {
  return generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
}

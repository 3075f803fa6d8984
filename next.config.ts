import type { NextConfig } from "next";

const config: NextConfig = {
  // Native and WASM packages load from node_modules at run time instead of
  // being bundled (PGlite ships its own .wasm/.data files; argon2 is a .node addon).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-pgvector",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "@node-rs/argon2",
    "pg",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;

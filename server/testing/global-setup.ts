// Vitest global setup for the integration projects: migrate one template.
import type { TestProject } from "vitest/node";
import { dropTemplate, prepareTemplate, type TTestDbKind } from "./databases";

declare module "vitest" {
  // Module augmentation only works with an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    coralDbTemplate: { kind: TTestDbKind; template: string };
  }
}

export default async function setup(project: TestProject) {
  const kind = (project.config.env?.CORAL_TEST_DB ?? "pglite") as TTestDbKind;
  const info = await prepareTemplate(kind);
  project.provide("coralDbTemplate", info);
  return () => dropTemplate(info);
}

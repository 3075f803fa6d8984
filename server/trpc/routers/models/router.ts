import { createRouter } from "../../init";
import { modelOverviewProcedure } from "./overview";
import { removeProviderCredentialProcedure } from "./remove-credential";
import { setProviderCredentialProcedure } from "./set-credential";
import { testModelProcedure } from "./test";
import { updateModelSettingsProcedure } from "./update-settings";

export const modelsRouter = createRouter({
  overview: modelOverviewProcedure,
  updateSettings: updateModelSettingsProcedure,
  setCredential: setProviderCredentialProcedure,
  removeCredential: removeProviderCredentialProcedure,
  test: testModelProcedure,
});

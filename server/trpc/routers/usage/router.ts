import { createRouter } from "../../init";
import { listModelCallsProcedure } from "./calls";
import { usageSummaryProcedure } from "./summary";

export const usageRouter = createRouter({ summary: usageSummaryProcedure, calls: listModelCallsProcedure });

import { createRouter } from "../../init";
import { meProcedure } from "./me";
import { signUpProcedure } from "./sign-up";

export const userRouter = createRouter({ signUp: signUpProcedure, me: meProcedure });

// tRPC caller for server components and server actions, as the signed-in user.
import { headers } from "next/headers";
import { currentUserId } from "@/server/auth/config";
import { createCaller } from "./root";

export async function serverCaller() {
  return createCaller({ userId: await currentUserId(), headers: new Headers(await headers()) });
}

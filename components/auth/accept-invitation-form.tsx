"use client";
import { useActionState } from "react";
import { acceptInvitationAction, type TFormState } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState<TFormState, FormData>(acceptInvitationAction, {});
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-muted-foreground">You are signed in as {email}.</p>
      <FormError message={state.error} />
      <Button type="submit" loading={pending} className="w-full">Accept invitation</Button>
    </form>
  );
}

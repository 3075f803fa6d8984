"use client";
import { useActionState } from "react";
import { signUpAction, type TFormState } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<TFormState, FormData>(signUpAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="Name" error={errors.name}>
        <Input name="name" autoComplete="name" required defaultValue={state.values?.name} autoFocus />
      </Field>
      <Field label="Email" error={errors.email}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />
      </Field>
      <Field label="Password" description="At least 8 characters." error={errors.password}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={8} />
      </Field>
      <FormError message={state.error} />
      <Button type="submit" loading={pending} className="w-full">
        Create account
      </Button>
    </form>
  );
}

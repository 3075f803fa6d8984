"use client";

// "Create the GitHub App" (GitHub's manifest flow): the server signs a state
// and writes the manifest, then the browser POSTs both to GitHub's "new app"
// page — for the signed-in GitHub user, or for an organization when one is
// named. GitHub brings the admin back to /api/github/manifest with the app's
// credentials to paste.
import { useMutation } from "@tanstack/react-query";
import { GitPullRequest } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent } from "react";

import { useTRPC } from "@/components/providers/trpc";
import { errorMessage, fieldErrorsOf } from "@/components/shell/errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import { GITHUB_APP_NAME_MAX, ZCreateAppManifestInput } from "@/server/services/github/connect/schemas";

type TErrors = { name?: string; organization?: string; form?: string };

/** App names are unique across GitHub: suggest one naming this server. */
function suggestedName(homepageUrl: string): string {
  const host = new URL(homepageUrl).hostname.replace(/^www\./, "");
  return `Coral reviews ${host}`.slice(0, GITHUB_APP_NAME_MAX);
}

export function CreateAppForm({ homepageUrl }: { homepageUrl: string }) {
  const trpc = useTRPC();
  const { workspace } = useWorkspace();
  const [name, setName] = useState(() => suggestedName(homepageUrl));
  const [organization, setOrganization] = useState("");
  const [errors, setErrors] = useState<TErrors>({});
  const [form, setForm] = useState<{ action: string; manifest: string } | null>(null);
  const githubForm = useRef<HTMLFormElement>(null);

  const create = useMutation(
    trpc.github.createManifest.mutationOptions({
      onSuccess: (result) => setForm(result),
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setErrors(fields.name || fields.organization ? { name: fields.name, organization: fields.organization } : { form: errorMessage(error) });
      },
    }),
  );

  // Submitted once React has written the action and manifest into the hidden form.
  useEffect(() => {
    if (form) githubForm.current?.submit();
  }, [form]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateAppManifestInput.safeParse({ name, organization });
    if (!parsed.success) {
      const next: TErrors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as "name" | "organization"] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    create.mutate({ workspaceSlug: workspace.slug, ...parsed.data });
  }

  const busy = create.isPending || form !== null;
  return (
    <>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="App name" error={errors.name} description="Unique across GitHub; shown on every review." required>
            <Input
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setErrors((e) => ({ ...e, name: undefined, form: undefined }));
              }}
              maxLength={GITHUB_APP_NAME_MAX}
              autoComplete="off"
              disabled={busy}
            />
          </Field>
          <Field label="Organization (optional)" error={errors.organization} description="Its login, to own the app there; empty = your GitHub account.">
            <Input
              value={organization}
              onChange={(event) => {
                setOrganization(event.target.value);
                setErrors((e) => ({ ...e, organization: undefined, form: undefined }));
              }}
              placeholder="acme-inc"
              autoComplete="off"
              spellCheck={false}
              disabled={busy}
            />
          </Field>
        </div>
        <FormError message={errors.form} />
        <div>
          <Button type="submit" loading={busy}>
            <GitPullRequest aria-hidden />
            Create the GitHub App
          </Button>
        </div>
      </form>
      {/* The real submission: a plain POST to GitHub, as its manifest flow requires. */}
      {form ? (
        <form ref={githubForm} action={form.action} method="post" hidden>
          <input type="hidden" name="manifest" value={form.manifest} />
        </form>
      ) : null}
    </>
  );
}

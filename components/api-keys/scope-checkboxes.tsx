"use client";

// The scopes of a new key, each with a line on what it allows.
import { CheckboxGroup } from "@/components/ui/checkbox-group";

import { apiKeyScopeDescriptions, apiKeyScopes, scopeLabels, type TApiKeyScope } from "./scopes";

export function ScopeCheckboxes(props: { value: TApiKeyScope[]; onChange: (next: TApiKeyScope[]) => void; disabled?: boolean; error?: string }) {
  return (
    <CheckboxGroup
      legend="Scopes"
      description="What the key may do. Give it the least it needs."
      options={apiKeyScopes}
      labels={scopeLabels}
      hints={apiKeyScopeDescriptions}
      {...props}
    />
  );
}

"use client";

// A role picker that offers only the roles the viewer may grant (owner only with
// "member.manageOwners"), each with a line on what it can do.
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue, type SelectTriggerProps } from "@/components/ui/select";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import type { TRole } from "@/server/auth/permissions";

import { roleDescriptions, roleLabels, roleOrder } from "./roles";

export function useGrantableRoles(): TRole[] {
  const { can } = useWorkspace();
  return roleOrder.filter((role) => role !== "owner" || can("member.manageOwners"));
}

export function RoleSelect({
  value,
  onChange,
  disabled,
  triggerProps,
  withDescriptions = true,
}: {
  value: TRole;
  onChange: (role: TRole) => void;
  disabled?: boolean;
  triggerProps?: SelectTriggerProps;
  withDescriptions?: boolean;
}) {
  const roles = useGrantableRoles();
  return (
    <Select
      value={value}
      onValueChange={(next) => {
        const role = roles.find((r) => r === next);
        if (role) onChange(role);
      }}
      disabled={disabled}
    >
      <SelectTrigger {...triggerProps}>
        <SelectValue>{roleLabels[value]}</SelectValue>
      </SelectTrigger>
      <SelectContent align="start" className={withDescriptions ? "w-72" : undefined}>
        {roles.map((role) => (
          <SelectItem key={role} value={role} textValue={roleLabels[role]}>
            {withDescriptions ? (
              <span className="grid gap-0.5 py-0.5">
                <span className="font-medium">{roleLabels[role]}</span>
                <span className="text-xs whitespace-normal text-muted-foreground">{roleDescriptions[role]}</span>
              </span>
            ) : (
              roleLabels[role]
            )}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

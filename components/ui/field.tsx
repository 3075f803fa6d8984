// A labelled form control with optional help text and error message. It wires the
// accessibility attributes so callers can't forget them: the label's htmlFor, the control's
// id, aria-describedby (description + error), aria-invalid and aria-required.
//
//   <Field label="Workspace name" description="Shown to members." error={errors.name}>
//     <Input name="name" />
//   </Field>
//
// The single child receives the props (merged via Radix Slot). For composites, e.g. a Select,
// pass a function and spread the props onto the focusable part:
//
//   <Field label="Model">{(control) => <Select …><SelectTrigger {...control}>…</SelectTrigger></Select>}</Field>
import { Slot } from "@radix-ui/react-slot";
import { isValidElement, useId, type ComponentProps, type ReactElement, type ReactNode } from "react";

import { cn } from "./cn";
import { Label } from "./label";

export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export type FieldProps = Omit<ComponentProps<"div">, "children"> & {
  label: ReactNode;
  description?: ReactNode;
  /** Validation message; any truthy value marks the control invalid. */
  error?: ReactNode;
  required?: boolean;
  /** Keep the label for assistive tech but hide it visually (e.g. a search box). */
  hideLabel?: boolean;
  /** Control id; defaults to the child's own `id`, else a generated one. */
  id?: string;
  children: ReactElement | ((control: FieldControlProps) => ReactNode);
};

export function Field({
  label,
  description,
  error,
  required = false,
  hideLabel = false,
  id,
  className,
  children,
  ...props
}: FieldProps) {
  const generatedId = useId();
  const childId =
    isValidElement<{ id?: unknown }>(children) && typeof children.props.id === "string" ? children.props.id : undefined;
  const controlId = id ?? childId ?? `field-${generatedId}`;
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";

  const describedBy = [description ? descriptionId : null, hasError ? errorId : null].filter(Boolean).join(" ");
  const control: FieldControlProps = {
    id: controlId,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(hasError ? { "aria-invalid": true as const } : {}),
    ...(required ? { "aria-required": true as const } : {}),
  };

  return (
    <div
      data-slot="field"
      data-invalid={hasError || undefined}
      className={cn("group/field grid gap-2", className)}
      {...props}
    >
      <Label htmlFor={controlId} className={cn(hideLabel && "sr-only")}>
        {label}
        {required ? (
          <span aria-hidden className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      {typeof children === "function" ? children(control) : <Slot {...control}>{children}</Slot>}
      {description ? (
        <p id={descriptionId} data-slot="field-description" className="text-[13px] text-muted-foreground">
          {description}
        </p>
      ) : null}
      {hasError ? (
        <p id={errorId} data-slot="field-error" className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

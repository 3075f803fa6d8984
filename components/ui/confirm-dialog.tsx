"use client";

// "Are you sure?" for destructive actions. Stays open while `onConfirm` runs (so the user sees
// progress and any failure), can require typing a phrase such as the workspace name first, and
// can be controlled (`open`/`onOpenChange`) for opening from a menu item, whose trigger unmounts.
import { useId, useRef, useState, type FormEvent, type ReactElement, type ReactNode } from "react";

import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "./alert-dialog";
import { Button } from "./button";
import { Input } from "./input";
import { Label } from "./label";

export type ConfirmDialogProps = {
  /** Element that opens the dialog (rendered with asChild). Omit when controlling `open`. */
  trigger?: ReactElement;
  title: ReactNode;
  description?: ReactNode;
  /** When set, the confirm button stays disabled until exactly this text is typed. */
  confirmText?: string;
  confirmLabel?: string;
  cancelLabel?: string;
  /** "destructive" (default) for deletions; "default" for merely consequential actions. */
  variant?: "destructive" | "default";
  onConfirm: () => Promise<void> | void;
  /** Extra content between the description and the buttons (e.g. what will be lost). */
  children?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmText,
  confirmLabel = "Delete",
  cancelLabel = "Cancel",
  variant = "destructive",
  onConfirm,
  children,
  open: openProp,
  onOpenChange,
}: ConfirmDialogProps) {
  const [internalOpen, setInternalOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const open = openProp ?? internalOpen;
  const matches = confirmText === undefined || typed === confirmText;

  function changeOpen(next: boolean) {
    if (openProp === undefined) setInternalOpen(next);
    onOpenChange?.(next);
    if (!next) {
      setTyped("");
      setError(null);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches || pending) return;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setPending(false);
      changeOpen(false);
    } catch (err) {
      setPending(false);
      setError(err instanceof Error && err.message ? err.message : "Something went wrong. Please try again.");
    }
  }

  return (
    <AlertDialog
      open={open}
      // Escape/Cancel are ignored while the action runs: closing would hide its outcome.
      onOpenChange={(next) => (pending && !next ? undefined : changeOpen(next))}
    >
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      <AlertDialogContent
        onOpenAutoFocus={(event) => {
          if (confirmText === undefined) return; // Radix focuses Cancel: the safe default.
          event.preventDefault();
          inputRef.current?.focus();
        }}
      >
        <form onSubmit={handleSubmit} className="grid gap-4">
          <AlertDialogHeader>
            <AlertDialogTitle>{title}</AlertDialogTitle>
            {description ? <AlertDialogDescription>{description}</AlertDialogDescription> : null}
          </AlertDialogHeader>

          {children}

          {confirmText !== undefined ? (
            <div className="grid gap-2">
              <Label htmlFor={inputId} className="block leading-normal font-normal text-muted-foreground">
                Type <span className="font-mono font-medium text-foreground">{confirmText}</span> to confirm.
              </Label>
              <Input
                ref={inputRef}
                id={inputId}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
                autoCorrect="off"
                autoCapitalize="off"
                spellCheck={false}
                disabled={pending}
              />
            </div>
          ) : null}

          {error ? (
            <p role="alert" className="text-sm font-medium text-destructive">
              {error}
            </p>
          ) : null}

          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>{cancelLabel}</AlertDialogCancel>
            <Button type="submit" variant={variant} loading={pending} disabled={!matches}>
              {confirmLabel}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}

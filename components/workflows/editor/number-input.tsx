"use client";

// A number field that reports a number, or undefined when emptied (so the
// server's default applies). Keeps what is typed even when it is not a number
// yet, e.g. "1." on the way to "1.5".
import { useState } from "react";

import { Input, type InputProps } from "@/components/ui/input";

const show = (value: number | undefined) => (value === undefined ? "" : String(value));

export function NumberInput({ value, onValueChange, ...props }: Omit<InputProps, "value" | "onChange" | "type"> & { value: number | undefined; onValueChange: (next: number | undefined) => void }) {
  const [text, setText] = useState(show(value));
  const [shown, setShown] = useState(value);
  // Follow changes made elsewhere (text view, undo) without fighting the typing.
  if (value !== shown) {
    setShown(value);
    if (text.trim() === "" ? value !== undefined : Number(text) !== value) setText(show(value));
  }
  return (
    <Input
      {...props}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const number = next.trim() === "" ? undefined : Number(next);
        if (number === undefined || Number.isFinite(number)) {
          setShown(number);
          onValueChange(number);
        }
      }}
    />
  );
}

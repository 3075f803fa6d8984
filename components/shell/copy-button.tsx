"use client";

// Copies a value to the clipboard and says so (icon flips to a check, toast on success).
import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";

import { Button, type ButtonProps } from "@/components/ui/button";

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Older browsers and non-secure origins (plain http on a LAN address).
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("Copy is not available in this browser.");
}

export function CopyButton({
  value,
  label = "Copy",
  successMessage = "Copied to clipboard",
  showLabel = false,
  ...props
}: Omit<ButtonProps, "onClick" | "value"> & { value: string; label?: string; successMessage?: string; showLabel?: boolean }) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const id = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(id);
  }, [copied]);

  async function copy() {
    try {
      await writeClipboard(value);
      setCopied(true);
      toast.success(successMessage);
    } catch {
      toast.error("Couldn't copy", { description: "Select the text and copy it with your keyboard instead." });
    }
  }

  const Icon = copied ? Check : Copy;
  return (
    <Button
      variant="outline"
      size={showLabel ? "default" : "icon"}
      aria-label={showLabel ? undefined : label}
      onClick={copy}
      {...props}
    >
      <Icon aria-hidden className={copied ? "text-success" : undefined} />
      {showLabel ? (copied ? "Copied" : label) : null}
    </Button>
  );
}

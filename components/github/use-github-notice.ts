"use client";

// The notice GitHub's setup redirect brings back (`?github=connected`…): shown
// once as a toast, then dropped from the address so a reload does not repeat it.
// Only known notice codes are shown: the text never comes from the URL.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { toast } from "sonner";

import { githubNotices, isGitHubNotice } from "@/server/services/github/connect/schemas";

export function useGitHubNotice() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const code = searchParams.get("github");

  useEffect(() => {
    if (!code) return;
    if (isGitHubNotice(code)) {
      const notice = githubNotices[code];
      toast[notice.tone](notice.title, { description: notice.description, id: `github-${code}` });
    }
    const rest = new URLSearchParams(searchParams.toString());
    rest.delete("github");
    const query = rest.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [code, pathname, router, searchParams]);
}

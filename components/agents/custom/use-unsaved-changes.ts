"use client";

// While there are unsaved edits, ask before they are lost: the browser's own
// prompt on reload, close or an external link (beforeunload), and a confirm for
// links inside the app, which navigate without unloading the page.
import { useEffect } from "react";

export function useUnsavedChangesWarning(dirty: boolean, message = "You have unpublished changes. Leave and lose them?"): void {
  useEffect(() => {
    if (!dirty) return;

    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
      // Older Chromium needs returnValue set to show the prompt.
      event.returnValue = "";
    }

    // Capture phase on the document runs before React's handlers (and Next's <Link>).
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return;
      if (anchor.target && anchor.target !== "_self") return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return; // beforeunload covers full page loads
      if (url.pathname === window.location.pathname && url.search === window.location.search) return; // same page, e.g. #preview
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }

    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, message]);
}

// Root layout: fonts (bundled with the geist package, no download), theme,
// tRPC/TanStack Query for client components, and toasts.
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TrpcQueryProvider } from "@/components/providers/trpc";
import { ThemeProvider } from "@/components/theme-provider";
import { Toaster } from "@/components/ui/toaster";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CoralCollective", template: "%s · CoralCollective" },
  description: "Run crews of specialist AI agents on your software projects.",
  icons: { icon: "/favicon.svg" },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <ThemeProvider>
          <TrpcQueryProvider>
            {children}
            <Toaster />
          </TrpcQueryProvider>
        </ThemeProvider>
      </body>
    </html>
  );
}

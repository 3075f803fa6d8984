// Settings → GitHub: connect the GitHub App and choose the project each repository is reviewed into.
import { GitHubView } from "@/components/github/github-view";

export const metadata = { title: "GitHub" };

export default function GitHubSettingsPage() {
  return <GitHubView />;
}

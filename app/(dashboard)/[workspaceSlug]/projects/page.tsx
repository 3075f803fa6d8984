import { ProjectsView } from "@/components/projects/projects-view";

export const metadata = { title: "Projects" };

export default function ProjectsPage() {
  return <ProjectsView />;
}

import { ModelsSettings } from "@/components/models/models-settings";

export const metadata = { title: "Models" };

export default function ModelsSettingsPage() {
  return <ModelsSettings />;
}

import { EditorSkeleton } from "@/components/workflows/editor/workflow-editor";

export default function WorkflowEditorLoading() {
  return <EditorSkeleton />;
}

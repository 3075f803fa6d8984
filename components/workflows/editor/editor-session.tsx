"use client";

// One workflow open in the editor: the visual and text views over the same
// draft, live validation, saving as the next version, and the header with the
// version history and Run. Views round-trip through the server: text becomes
// the draft only once workflow.validate says what it means.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";

import { useUnsavedChangesWarning } from "@/components/agents/custom/use-unsaved-changes";
import { useTRPC, useTRPCClient } from "@/components/providers/trpc";
import { errorMessage } from "@/components/shell/errors";
import { Segmented } from "@/components/usage/segmented";
import { useWorkspace } from "@/components/workspaces/workspace-context";
import { parseWorkflowText, workflowToText } from "@/server/workflows/definition/workflow-text";

import { sameDefinition } from "../draft-ops";
import { useLiveValidation, type TValidationSource } from "../use-live-validation";
import type { TWorkflowDefinition, TWorkflowTextFormat, TWorkflowVersionView } from "../workflow-types";
import { EditorHeader } from "./editor-header";
import { SaveBar } from "./save-bar";
import { TextView } from "./text-view";
import { useWorkflowDraft } from "./use-workflow-draft";
import { ValidationStatus } from "./validation-status";
import { VisualView } from "./visual-view";

type TView = "visual" | "text";
/** The text view's content; `entry` is what it held when opened (unchanged text needs no round trip back). */
type TText = { text: string | null; format: TWorkflowTextFormat; entry: string | null };

const LEAVE_MESSAGE = "You have unsaved changes to this workflow. Leave and lose them?";
const views = [
  { value: "visual", label: "Visual" },
  { value: "text", label: "JSON / YAML" },
] as const;

export function EditorSession({ workflow, canEdit, basePath }: { workflow: TWorkflowVersionView; canEdit: boolean; basePath: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { workspace } = useWorkspace();
  const agents = useQuery(trpc.agent.list.queryOptions({ workspaceSlug: workspace.slug }));
  const editor = useWorkflowDraft(workflow.definition, agents.data ?? []);
  const [view, setView] = useState<TView>("visual");
  const [text, setText] = useState<TText>({ text: null, format: "yaml", entry: null });
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [switching, setSwitching] = useState(false);

  const isLatest = workflow.version === workflow.latestVersion;
  const readOnly = !canEdit || !isLatest || workflow.archivedAt !== null;

  // A new version arrived (saved here, or another one opened from the history): start from it.
  const [loaded, setLoaded] = useState(workflow.version);
  if (loaded !== workflow.version) {
    setLoaded(workflow.version);
    editor.replace(workflow.definition, { tidy: !saving });
    setSaveError(null);
    if (text.text !== null) {
      const fresh = workflowToText(workflow.definition, text.format);
      setText({ ...text, text: fresh, entry: fresh });
    }
  }

  const textOpen = text.text !== null;
  const savedText = useMemo(() => (textOpen ? workflowToText(workflow.definition, text.format) : null), [workflow.definition, text.format, textOpen]);
  const dirty = view === "text" ? text.text !== null && text.text !== savedText : !sameDefinition(editor.draft, workflow.definition);
  useUnsavedChangesWarning(dirty && !readOnly, LEAVE_MESSAGE);

  const source = useMemo<TValidationSource>(
    () => (view === "text" && text.text !== null ? { text: text.text, format: text.format } : { definition: editor.draft }),
    [view, text.text, text.format, editor.draft],
  );
  const validation = useLiveValidation(source);
  const canSave = !readOnly && dirty && validation.status === "valid" && !saving && !switching;

  async function showText() {
    if (view === "text") return;
    setSwitching(true);
    try {
      const format = text.format;
      // Unchanged: the stored text, as the server writes it; edited: the draft, written the same way.
      const value = sameDefinition(editor.draft, workflow.definition)
        ? (await queryClient.fetchQuery(trpc.workflow.text.queryOptions({ workspaceSlug: workspace.slug, workflowId: workflow.id, version: workflow.version, format }))).text
        : workflowToText(editor.draft, format);
      setText({ text: value, format, entry: value });
      setView("text");
    } catch (error) {
      toast.error("Couldn't open the text view", { description: errorMessage(error) });
    } finally {
      setSwitching(false);
    }
  }

  async function showVisual() {
    if (view === "visual" || text.text === null) return setView("visual");
    if (text.text === text.entry) return setView("visual");
    setSwitching(true);
    try {
      const checked = validation.definition ? { ok: true as const, definition: validation.definition } : await client.workflow.validate.mutate({ workspaceSlug: workspace.slug, text: text.text, format: text.format });
      if (!checked.ok) {
        toast.error("Fix the problems to switch views", { description: "The visual editor needs a valid workflow; the problems are listed under the text." });
        return;
      }
      const sameSteps = checked.definition.steps.map((s) => s.id).join() === editor.draft.steps.map((s) => s.id).join();
      editor.replace(checked.definition, { tidy: !sameSteps });
      setView("visual");
    } catch (error) {
      toast.error("Couldn't read the text", { description: errorMessage(error) });
    } finally {
      setSwitching(false);
    }
  }

  function changeFormat(format: TWorkflowTextFormat) {
    if (text.text === null || format === text.format) return;
    const parsed = parseWorkflowText(text.text, text.format);
    if (!parsed.ok) {
      toast.error(`Fix the ${text.format.toUpperCase()} syntax first`, { description: parsed.problems[0]?.message });
      return;
    }
    const converted = workflowToText(parsed.data as TWorkflowDefinition, format);
    setText({ text: converted, format, entry: text.text === text.entry ? converted : text.entry });
  }

  async function save(definition?: TWorkflowDefinition) {
    const input = definition ? { definition } : view === "text" && text.text !== null ? { text: text.text, format: text.format } : { definition: editor.draft };
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await client.workflow.save.mutate({ workspaceSlug: workspace.slug, workflowId: workflow.id, ...input });
      toast.success(`Saved version ${saved.version}`);
      void queryClient.invalidateQueries({ queryKey: trpc.workflow.list.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.workflow.text.queryKey() });
      if (!isLatest) router.push(basePath);
      // Wait for the new version, so the draft restarts from what was stored.
      await queryClient.invalidateQueries({ queryKey: trpc.workflow.get.queryKey({ workspaceSlug: workspace.slug, workflowId: workflow.id }) });
    } catch (error) {
      setSaveError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  function discard() {
    editor.replace(workflow.definition);
    if (text.text !== null) setText({ ...text, text: savedText, entry: savedText });
  }

  function openVersion(version: number) {
    if (version === workflow.version) return;
    if (dirty && !readOnly && !window.confirm(LEAVE_MESSAGE)) return;
    router.push(version === workflow.latestVersion ? basePath : `${basePath}?version=${version}`);
  }

  // ⌘S / Ctrl+S saves when saving is possible.
  const saveRef = useRef<() => void>(() => {});
  useEffect(() => {
    saveRef.current = () => canSave && void save();
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        saveRef.current();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <EditorHeader
        workflow={workflow}
        name={(view === "visual" ? editor.draft.name : null) || workflow.name}
        basePath={basePath}
        canEdit={canEdit}
        dirty={dirty}
        onOpenVersion={openVersion}
        saveButton={{ disabled: !canSave, pending: saving, onSave: () => void save(), readOnly }}
        onRestore={canEdit && !isLatest && workflow.archivedAt === null ? () => void save(workflow.definition) : undefined}
        restoring={saving && !isLatest}
      />
      <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Segmented label="Editor view" value={view} onChange={(next) => void (next === "text" ? showText() : showVisual())} options={views} />
        <ValidationStatus validation={validation} />
        <SaveBar dirty={dirty && !readOnly} version={workflow.version} error={saveError} onDiscard={discard} className="ml-auto" />
      </div>
      {view === "visual" ? (
        <VisualView editor={editor} agents={agents.data ?? []} agentsLoading={agents.isPending} validation={validation} readOnly={readOnly} />
      ) : (
        <TextView
          text={text.text}
          format={text.format}
          onTextChange={(next) => setText({ ...text, text: next })}
          onFormatChange={changeFormat}
          validation={validation}
          readOnly={readOnly}
        />
      )}
    </>
  );
}

// What the palette hands the canvas when a step is dragged onto it.
export type TDroppedStep = { kind: "agent"; agent: string } | { kind: "approval" };
export const DRAG_MIME = "application/x-coral-step";

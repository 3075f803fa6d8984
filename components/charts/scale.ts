// Axis scales for the charts: a "nice" maximum (1, 2, 2.5 or 5 times a power
// of ten) and evenly spaced ticks up to it, so gridlines land on round values.
export type TScale = { max: number; ticks: number[] };

/** Round away float noise such as 0.30000000000000004. */
const clean = (value: number) => Number(value.toPrecision(12));

/**
 * `integer` is for counts (calls, tokens): steps are whole numbers, never 2.5,
 * so one call reads 0–1 rather than 0, 0.25, 0.5….
 */
export function niceScale(maxValue: number, tickCount = 4, { integer = false }: { integer?: boolean } = {}): TScale {
  if (!(maxValue > 0) || !Number.isFinite(maxValue)) return { max: 0, ticks: [0] };
  const raw = maxValue / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const factors = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const factor = factors.find((f) => residual <= f) ?? 10;
  const step = integer ? Math.max(1, Math.round(factor * magnitude)) : clean(factor * magnitude);
  const max = clean(Math.ceil(clean(maxValue / step)) * step);
  const ticks: number[] = [];
  for (let i = 0; clean(i * step) <= max; i++) ticks.push(clean(i * step));
  return { max, ticks };
}

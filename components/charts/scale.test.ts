import { describe, expect, it } from "vitest";

import { niceScale } from "./scale";

describe("niceScale", () => {
  it("rounds the maximum up to a nice step and lists the ticks", () => {
    expect(niceScale(7.3)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(100)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(niceScale(0.0123)).toEqual({ max: 0.015, ticks: [0, 0.005, 0.01, 0.015] });
    expect(niceScale(1)).toEqual({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it("keeps counts on whole numbers", () => {
    expect(niceScale(1, 4, { integer: true })).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(3, 4, { integer: true })).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(9, 4, { integer: true })).toEqual({ max: 10, ticks: [0, 5, 10] });
    expect(niceScale(1234, 4, { integer: true })).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it("has a single zero tick when there is nothing to show", () => {
    expect(niceScale(0)).toEqual({ max: 0, ticks: [0] });
    expect(niceScale(Number.NaN)).toEqual({ max: 0, ticks: [0] });
  });
});

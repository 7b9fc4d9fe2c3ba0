import { describe, expect, it } from "vitest";
import { layoutChart, layoutStrip, tickLabel, wrapLabel } from "../../src/lib/site/chart.ts";

const v = (min: number | null, max: number | null, approx = false, unit: "people" | "USD" = "people") => ({
  min,
  max,
  unit,
  per: null,
  approx,
});

describe("layoutChart", () => {
  const panels = layoutChart([
    { id: "point", value: v(10_000, 10_000, true), label: "about 10,000 · The Pentagon", series: 0 },
    { id: "open", value: v(12_000, null), label: "at least 12,000 · NIS", series: 1 },
    { id: "range", value: v(2_000, 4_000), label: "2,000–4,000 · someone", series: 2 },
    { id: "money", value: v(2_000, 2_000, false, "USD"), label: "$2,000", series: 0 },
  ]);

  it("puts each unit on its own axis, the largest group first", () => {
    expect(panels.map((p) => p.rows.length)).toEqual([3, 1]);
  });

  it("draws points as markers, ranges as bars, open bounds as arrows and approximations with their tolerance", () => {
    const rows = new Map(panels[0]?.rows.map((r) => [r.id, r]));
    expect(rows.get("point")?.bar).toBeNull();
    expect(rows.get("point")?.tolerance).not.toBeNull();
    expect(rows.get("range")?.bar).not.toBeNull();
    expect(rows.get("open")?.arrowRight).toBe(true);
    expect(rows.get("open")?.arrowLeft).toBe(false);
  });

  it("orders rows by value and keeps them from overlapping", () => {
    const rows = panels[0]?.rows ?? [];
    expect(rows.map((r) => r.id)).toEqual(["range", "point", "open"]);
    for (let i = 1; i < rows.length; i++) expect((rows[i]?.lines[0]?.y ?? 0) > (rows[i - 1]?.y ?? 0)).toBe(true);
  });

  it("gives different series different shapes", () => {
    const shapes = new Set(panels[0]?.rows.map((r) => r.shape));
    expect(shapes.size).toBe(3);
  });

  it("switches to a logarithmic axis when values span orders of magnitude", () => {
    const [p] = layoutChart([
      { id: "a", value: v(20e6, 20e6, false, "USD"), label: "a", series: 0 },
      { id: "b", value: v(1e9, 1e9, false, "USD"), label: "b", series: 0 },
    ]);
    expect(p?.scale).toBe("log");
  });
});

describe("layoutStrip", () => {
  it("plots the largest group and counts the rest", () => {
    const { panel, omitted } = layoutStrip([
      { id: "a", value: v(1, 1), label: "a", series: 0 },
      { id: "b", value: v(2, 2), label: "b", series: 0 },
      { id: "c", value: v(3, 3, false, "USD"), label: "c", series: 0 },
    ]);
    expect(panel?.rows.length).toBe(2);
    expect(omitted).toBe(1);
  });
});

describe("labels", () => {
  it("wraps into at most two lines and shortens the rest", () => {
    expect(wrapLabel("one two three four five six", 9)).toEqual(["one two", "three…"]);
    expect(wrapLabel("short", 20)).toEqual(["short"]);
  });

  it("writes compact tick labels", () => {
    expect(tickLabel(20e6, "USD")).toBe("$20m");
    expect(tickLabel(1e9, "USD")).toBe("$1bn");
    expect(tickLabel(15000, "people")).toBe("15,000");
  });
});

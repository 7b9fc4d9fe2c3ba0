/**
 * Geometry of the build-time number-line charts: one row per claim (a dot for a point, a bar for a
 * range, an arrow for an open bound), one panel per unit, one marker shape per origin so that
 * sources can be told apart without colour. Pure: the page turns the result into SVG.
 */
import { APPROX_TOLERANCE } from "../compare/tolerance.ts";
import type { Period, Unit, Value } from "../schema/claim.ts";
import { unitTitle } from "./describe.ts";
import { pushTo } from "../collections.ts";

/** Marker shapes, in the order series receive them. */
export const SHAPES = ["circle", "square", "triangle", "diamond", "triangle-down", "plus"] as const;
export type Shape = (typeof SHAPES)[number];

/** One claim to plot. */
export interface ChartInput {
  readonly id: string;
  readonly value: Pick<Value, "min" | "max" | "unit" | "per" | "approx">;
  /** Text written beside the mark. */
  readonly label: string;
  /** Index of the claim's series (its origin) in the legend. */
  readonly series: number;
}

/** A plotted claim. */
export interface ChartRow {
  readonly id: string;
  readonly series: number;
  readonly shape: Shape;
  /** Drawn as an outline: series beyond the first round of shapes. */
  readonly hollow: boolean;
  /** Label lines and their baselines. */
  readonly lines: readonly { readonly text: string; readonly y: number }[];
  /** Vertical centre of the mark. */
  readonly y: number;
  /** Where the marker sits. */
  readonly x: number;
  /** Range or open-bound bar, or null for a point. */
  readonly bar: { readonly x1: number; readonly x2: number } | null;
  /** Arrowheads for open bounds. */
  readonly arrowLeft: boolean;
  readonly arrowRight: boolean;
  /** The stretch an approximate figure may cover under the tolerance, or null. */
  readonly tolerance: { readonly x1: number; readonly x2: number } | null;
}

/** One panel: claims that share a unit and period, on one axis. */
export interface ChartPanel {
  readonly key: string;
  /** The axis's unit in words. */
  readonly title: string;
  readonly scale: "linear" | "log";
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly axis: { readonly y: number; readonly x1: number; readonly x2: number };
  /** Tick marks; labels near an edge are anchored so that they stay inside the chart. */
  readonly ticks: readonly {
    readonly x: number;
    readonly label: string;
    readonly anchor: "start" | "middle" | "end";
  }[];
  readonly rows: readonly ChartRow[];
}

/** Layout options. */
export interface ChartOptions {
  /** viewBox width. */
  readonly width: number;
  /** Label size in viewBox units. */
  readonly fontSize: number;
}

const DEFAULTS: ChartOptions = { width: 440, fontSize: 14 };
/** Average glyph width as a share of the font size, for estimating text widths at build time. */
const GLYPH = 0.56;
const PAD = 12;
/** Room at either end of the axis for open-bound arrows. */
const ARROW_ZONE = 22;
const LOG_RATIO = 20;

/**
 * Groups claims by unit and period and lays each group out as a panel.
 *
 * @param inputs Claims in the order to plot them.
 * @param options Size.
 * @returns Panels, the largest first.
 */
export function layoutChart(inputs: readonly ChartInput[], options: Partial<ChartOptions> = {}): ChartPanel[] {
  const opts = { ...DEFAULTS, ...options };
  return groupByScale(inputs).map((group) => layoutPanel([...group].sort(byValue), opts));
}

/**
 * A one-line strip of the largest panel for overviews: marks only, with the axis ends labelled.
 *
 * @param inputs Claims.
 * @param options Size.
 * @returns The panel (rows all on one line), and how many claims in other units it leaves out.
 */
export function layoutStrip(
  inputs: readonly ChartInput[],
  options: Partial<ChartOptions> = {},
): { panel: ChartPanel | null; omitted: number } {
  const opts = { ...DEFAULTS, ...options };
  const groups = groupByScale(inputs);
  const first = groups[0]?.slice().sort(byValue);
  if (!first) return { panel: null, omitted: 0 };
  const scale = scaleFor(first, opts);
  const rowGap = 9;
  const rows = first.map((c, i) => rowGeometry(c, scale, [], 8 + i * rowGap));
  const axisY = 8 + (first.length - 1) * rowGap + 10;
  const ends = scale.ticks.length > 0 ? [scale.ticks[0], scale.ticks[scale.ticks.length - 1]] : [];
  return {
    panel: {
      key: scaleKey(first[0]?.value ?? { unit: "number", per: null }),
      title: unitTitle(first[0]?.value.unit ?? "number", first[0]?.value.per ?? null),
      scale: scale.log ? "log" : "linear",
      width: opts.width,
      height: axisY + opts.fontSize + 8,
      fontSize: opts.fontSize,
      axis: { y: axisY, x1: PAD, x2: opts.width - PAD },
      ticks: ends
        .filter((t): t is { x: number; label: string } => t !== undefined)
        .map((t, i) => ({ ...t, anchor: i === 0 ? ("start" as const) : ("end" as const) })),
      rows,
    },
    omitted: inputs.length - first.length,
  };
}

/**
 * Orders claims by lower bound, then upper bound (open ends outermost), keeping input order on ties.
 *
 * @param a One claim.
 * @param b The other.
 * @returns Negative, zero or positive.
 */
function byValue(a: ChartInput, b: ChartInput): number {
  return (
    (a.value.min ?? -Infinity) - (b.value.min ?? -Infinity) ||
    (a.value.max ?? Infinity) - (b.value.max ?? Infinity) ||
    0
  );
}

/**
 * The key of a value's axis.
 *
 * @param v Value.
 * @returns Unit and period.
 */
function scaleKey(v: { unit: Unit; per: Period | null }): string {
  return `${v.unit}|${v.per ?? ""}`;
}

/**
 * Splits claims into groups of one unit and period, the largest group first.
 *
 * @param inputs Claims.
 * @returns Groups, each in input order.
 */
function groupByScale(inputs: readonly ChartInput[]): ChartInput[][] {
  const groups = new Map<string, ChartInput[]>();
  for (const c of inputs) pushTo(groups, scaleKey(c.value), c);
  const key = (g: readonly ChartInput[]): string => (g[0] === undefined ? "" : scaleKey(g[0].value));
  return [...groups.values()].sort((a, b) => b.length - a.length || (key(a) < key(b) ? -1 : 1));
}

/** A mapping from values to x. */
interface Scale {
  readonly log: boolean;
  readonly x: (v: number) => number;
  /** Left and right end of the plot, arrows excluded. */
  readonly left: number;
  readonly right: number;
  readonly ticks: { x: number; label: string }[];
}

/**
 * The lowest and highest value a group needs on its axis, tolerance included.
 *
 * @param group Claims.
 * @returns Extremes of the finite bounds.
 */
function extent(group: readonly ChartInput[]): { lo: number; hi: number } {
  const xs: number[] = [];
  for (const c of group) {
    const t = c.value.approx ? APPROX_TOLERANCE : 0;
    if (c.value.min !== null) xs.push(c.value.min * (1 - t), c.value.min);
    if (c.value.max !== null) xs.push(c.value.max * (1 + t), c.value.max);
  }
  return { lo: Math.min(...xs), hi: Math.max(...xs) };
}

/**
 * Chooses a linear or logarithmic axis and its ticks.
 *
 * @param group Claims of one unit.
 * @param opts Size.
 * @returns The scale.
 */
function scaleFor(group: readonly ChartInput[], opts: ChartOptions): Scale {
  const unit = group[0]?.value.unit ?? "number";
  const openLeft = group.some((c) => c.value.min === null);
  const openRight = group.some((c) => c.value.max === null);
  const left = PAD + (openLeft ? ARROW_ZONE : 0);
  const right = opts.width - PAD - (openRight ? ARROW_ZONE : 0);
  const { lo, hi } = extent(group);
  const tickSize = opts.fontSize - 2;
  if (unit !== "percent" && unit !== "year" && lo > 0 && hi / lo >= LOG_RATIO) {
    const d0 = Math.floor(Math.log10(lo));
    const d1 = Math.max(Math.ceil(Math.log10(hi)), d0 + 1);
    const x = (v: number): number => left + ((Math.log10(v) - d0) / (d1 - d0)) * (right - left);
    const values: number[] = [];
    for (let d = d0; d <= d1; d++) {
      values.push(10 ** d);
      if (d1 - d0 <= 2 && d < d1) values.push(2 * 10 ** d, 5 * 10 ** d);
    }
    return {
      log: true,
      x,
      left,
      right,
      ticks: thin(
        values.sort((a, b) => a - b).map((v) => ({ x: x(v), label: tickLabel(v, unit) })),
        tickSize,
      ),
    };
  }
  let d0: number;
  let d1: number;
  if (unit === "percent") {
    d0 = 0;
    d1 = 100;
  } else if (unit === "year") {
    d0 = Math.floor(lo) - 1;
    d1 = Math.ceil(hi) + 1;
  } else {
    d0 = Math.min(0, lo);
    // Headroom, so that the largest value's marker does not sit on the chart's edge.
    d1 = hi <= d0 ? d0 + 1 : hi * 1.1;
  }
  const step = niceStep((d1 - d0) / 4);
  d0 = Math.floor(d0 / step) * step;
  d1 = Math.max(Math.ceil(d1 / step) * step, d0 + step);
  const x = (v: number): number => left + ((v - d0) / (d1 - d0)) * (right - left);
  const values: number[] = [];
  for (let v = d0; v <= d1 + step / 2; v += step) values.push(Math.round(v * 1e6) / 1e6);
  return {
    log: false,
    x,
    left,
    right,
    ticks: thin(
      values.map((v) => ({ x: x(v), label: tickLabel(v, unit) })),
      tickSize,
    ),
  };
}

/**
 * A round step of about the given size.
 *
 * @param raw The step wanted.
 * @returns 1, 2, 2.5 or 5 times a power of ten.
 */
function niceStep(raw: number): number {
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * mag >= raw) return m * mag;
  return 10 * mag;
}

/**
 * Drops every other tick until the labels no longer collide.
 *
 * @param ticks Ticks in order.
 * @param size Label size.
 * @returns Ticks that fit.
 */
function thin(ticks: { x: number; label: string }[], size: number): { x: number; label: string }[] {
  const width = (t: { label: string }): number => t.label.length * size * GLYPH;
  for (let k = 1; k <= ticks.length; k++) {
    const kept = ticks.filter((_, i) => i % k === 0);
    const fits = kept.every((t, i) => {
      const next = kept[i + 1];
      return next === undefined || next.x - t.x >= (width(t) + width(next)) / 2 + 6;
    });
    if (fits) return kept;
  }
  return ticks.slice(0, 1);
}

/**
 * A short axis label.
 *
 * @param v Value.
 * @param unit Unit.
 * @returns Text such as "$20m", "10,000", "50%".
 */
export function tickLabel(v: number, unit: Unit): string {
  const abs = Math.abs(v);
  const num =
    abs >= 1e9
      ? `${round(v / 1e9)}bn`
      : abs >= 1e6
        ? `${round(v / 1e6)}m`
        : v.toLocaleString("en-US", { maximumFractionDigits: 2 });
  switch (unit) {
    case "USD":
      return `$${num}`;
    case "GBP":
      return `£${num}`;
    case "EUR":
      return `€${num}`;
    case "percent":
      return `${num}%`;
    case "year":
      return String(v);
    default:
      return num;
  }
}

/**
 * Rounds to two decimals and drops trailing zeros.
 *
 * @param n Number.
 * @returns Text.
 */
function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Wraps a label into at most two lines that fit the width, shortening the second if needed.
 *
 * @param text Label.
 * @param maxChars Characters per line.
 * @returns Lines.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line === "" ? w : `${line} ${w}`;
    if (next.length <= maxChars || line === "") line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== "") lines.push(line);
  const out = lines.slice(0, 2);
  if (lines.length > 2 || (out[1]?.length ?? 0) > maxChars || (out[0]?.length ?? 0) > maxChars) {
    return out.map((l, i) =>
      l.length > maxChars || (i === 1 && lines.length > 2) ? `${l.slice(0, maxChars - 1).trimEnd()}…` : l,
    );
  }
  return out;
}

/**
 * Lays out one panel.
 *
 * @param group Claims of one unit and period.
 * @param opts Size.
 * @returns The panel.
 */
function layoutPanel(group: readonly ChartInput[], opts: ChartOptions): ChartPanel {
  const scale = scaleFor(group, opts);
  const rows: ChartRow[] = [];
  const y = stackRows(group, scale, opts, 6, rows);
  return panelOf(group, scale, opts, y + 4, rows, opts);
}

/**
 * Stacks labelled rows from a top offset: each row's label lines, then its mark below them.
 *
 * @param claims Claims, in the order drawn.
 * @param scale The panel's scale.
 * @param opts Size.
 * @param top Where the first row starts.
 * @param rows Receives the rows.
 * @returns Where the next row would start.
 */
function stackRows(
  claims: readonly ChartInput[],
  scale: ReturnType<typeof scaleFor>,
  opts: ChartOptions,
  top: number,
  rows: ChartRow[],
): number {
  const lineHeight = opts.fontSize + 4;
  const maxChars = Math.floor((opts.width - 2 * PAD) / (opts.fontSize * GLYPH));
  let y = top;
  for (const c of claims) {
    const text = wrapLabel(c.label, maxChars);
    const lines = text.map((t, i) => ({ text: t, y: y + opts.fontSize + i * lineHeight }));
    const markY = y + text.length * lineHeight + 9;
    rows.push(rowGeometry(c, scale, lines, markY));
    y = markY + 14;
  }
  return y;
}

/**
 * A panel from its rows: title and key from the group's unit, the axis at `axisY`, ticks anchored
 * inside the chart at the tick text's size.
 *
 * @param group Claims of one unit and period.
 * @param scale The panel's scale.
 * @param opts Size.
 * @param axisY The axis line's position.
 * @param rows The rows.
 * @param tickOpts Size of the tick labels.
 * @returns The panel.
 */
function panelOf(
  group: readonly ChartInput[],
  scale: ReturnType<typeof scaleFor>,
  opts: ChartOptions,
  axisY: number,
  rows: readonly ChartRow[],
  tickOpts: ChartOptions,
): ChartPanel {
  const first = group[0]?.value ?? { unit: "number" as const, per: null };
  return {
    key: scaleKey(first),
    title: unitTitle(first.unit, first.per),
    scale: scale.log ? "log" : "linear",
    width: opts.width,
    height: axisY + 6 + opts.fontSize + 6,
    fontSize: opts.fontSize,
    axis: { y: axisY, x1: PAD, x2: opts.width - PAD },
    ticks: scale.ticks.map((t) => ({ ...t, anchor: anchorFor(t, tickOpts) })),
    rows,
  };
}

/**
 * Keeps a tick label inside the chart: anchored at its start or end near an edge.
 *
 * @param t Tick.
 * @param opts Size.
 * @returns The text anchor.
 */
function anchorFor(t: { x: number; label: string }, opts: ChartOptions): "start" | "middle" | "end" {
  const half = (t.label.length * (opts.fontSize - 2) * GLYPH) / 2;
  if (t.x - half < 0) return "start";
  if (t.x + half > opts.width) return "end";
  return "middle";
}

/**
 * Places one claim's mark on a scale.
 *
 * @param c Claim.
 * @param scale Scale.
 * @param lines Label lines already placed.
 * @param y Vertical centre of the mark.
 * @returns Row geometry.
 */
function rowGeometry(c: ChartInput, scale: Scale, lines: ChartRow["lines"], y: number): ChartRow {
  const { min, max, approx } = c.value;
  const xMin = min === null ? scale.left - ARROW_ZONE + 2 : scale.x(min);
  const xMax = max === null ? scale.right + ARROW_ZONE - 2 : scale.x(max);
  const point = min !== null && max !== null && min === max;
  const x = point ? xMin : min === null ? xMax : max === null ? xMin : (xMin + xMax) / 2;
  const t = APPROX_TOLERANCE;
  const tolerance =
    approx && (min !== null || max !== null)
      ? {
          x1: min === null ? xMin : scale.x(Math.max(min * (1 - t), Number.MIN_VALUE)),
          x2: max === null ? xMax : scale.x(max * (1 + t)),
        }
      : null;
  return {
    id: c.id,
    series: c.series,
    shape: SHAPES[c.series % SHAPES.length] ?? "circle",
    hollow: Math.floor(c.series / SHAPES.length) % 2 === 1,
    lines,
    y,
    x,
    bar: point ? null : { x1: xMin, x2: xMax },
    arrowLeft: min === null,
    arrowRight: max === null,
    tolerance,
  };
}

/**
 * An SVG path for a marker shape.
 *
 * @param shape Shape.
 * @param cx Centre x.
 * @param cy Centre y.
 * @param r Radius.
 * @returns Path data.
 */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  const f = (n: number): string => String(Math.round(n * 100) / 100);
  const pts = (list: [number, number][]): string => `M${list.map(([x, y]) => `${f(cx + x)} ${f(cy + y)}`).join("L")}Z`;
  switch (shape) {
    case "circle":
      return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case "square":
      return pts([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case "triangle":
      return pts([
        [0, -r * 1.1],
        [r * 1.05, r * 0.8],
        [-r * 1.05, r * 0.8],
      ]);
    case "triangle-down":
      return pts([
        [0, r * 1.1],
        [r * 1.05, -r * 0.8],
        [-r * 1.05, -r * 0.8],
      ]);
    case "diamond":
      return pts([
        [0, -r * 1.15],
        [r * 1.15, 0],
        [0, r * 1.15],
        [-r * 1.15, 0],
      ]);
    case "plus": {
      const a = r * 0.38;
      const b = r * 1.05;
      return pts([
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ]);
    }
  }
}

/**
 * An arrowhead pointing left or right.
 *
 * @param x Tip x.
 * @param y Centre y.
 * @param direction Which way it points.
 * @returns Path data.
 */
export function arrowPath(x: number, y: number, direction: "left" | "right"): string {
  const f = (n: number): string => String(Math.round(n * 100) / 100);
  const back = direction === "right" ? x - 9 : x + 9;
  return `M${f(x)} ${f(y)}L${f(back)} ${f(y - 6)}L${f(back)} ${f(y + 6)}Z`;
}

/**
 * Rounds a coordinate for stable, short SVG output.
 *
 * @param n Coordinate.
 * @returns Text.
 */
export function coord(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A timeline panel: rows in date order, the undated ones in a lane of their own after them. */
export interface TimelinePanel extends ChartPanel {
  /** Lane headings ("Dated, earliest first", "Undated") and their baselines. */
  readonly lanes: readonly { readonly title: string; readonly y: number }[];
}

/**
 * Lays a time-sensitive topic's claims out as a timeline: one panel per unit and period; in
 * each, the dated claims in date order, then a lane of the undated ones. Every row carries its
 * label (value, who, date); tick labels are as large as the row labels.
 *
 * @param dated Dated claims, earliest first.
 * @param undated Undated claims.
 * @param options Size.
 * @returns Panels, the largest first.
 */
export function layoutTimeline(
  dated: readonly ChartInput[],
  undated: readonly ChartInput[],
  options: Partial<ChartOptions> = {},
): TimelinePanel[] {
  const opts = { ...DEFAULTS, ...options };
  const isDated = new Set(dated.map((c) => c.id));
  return groupByScale([...dated, ...undated]).map((group) => {
    const tickOpts = { ...opts, fontSize: opts.fontSize + 2 };
    const scale = scaleFor(group, tickOpts);
    const lineHeight = opts.fontSize + 4;
    const lanes: { title: string; y: number }[] = [];
    const rows: ChartRow[] = [];
    let y = 4;
    const lane = (title: string): void => {
      lanes.push({ title, y: y + opts.fontSize });
      y += lineHeight + 4;
    };
    const parts = [group.filter((c) => isDated.has(c.id)), group.filter((c) => !isDated.has(c.id))];
    parts.forEach((part, k) => {
      if (part.length === 0) return;
      lane(k === 0 ? "Dated, earliest first" : "Undated");
      y = stackRows(part, scale, opts, y, rows) + 6;
    });
    return { ...panelOf(group, scale, opts, y, rows, tickOpts), lanes };
  });
}

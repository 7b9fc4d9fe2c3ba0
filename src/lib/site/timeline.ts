/**
 * A time-sensitive topic's timeline: the view model the chart, its table and its CSV share, so
 * that all three list the same claims in the same order.
 */
import { stringify } from "csv-stringify/sync";
import type { ClaimView, Topic } from "../compare/types.ts";
import { kindSpec, KIND_IDS, type KindId } from "../schema/kinds.ts";
import type { ChartInput } from "./chart.ts";
import type { SiteData } from "./data.ts";
import { scopedValue, shortDate, whoLabel } from "./describe.ts";
import { paths } from "./paths.ts";
import { outletShort, seriesOf } from "./series.ts";

/** One claim of the timeline. */
export interface TimelineRow {
  readonly id: string;
  readonly href: string;
  readonly asOf: string | null;
  readonly date: string;
  readonly value: string;
  readonly who: string;
  readonly outlet: string;
  readonly claim: ClaimView;
}

/** The timeline of a topic. */
export interface TimelineView {
  readonly topic: string;
  readonly dated: readonly TimelineRow[];
  readonly undated: readonly TimelineRow[];
  /** Chart inputs, dated then undated, with labels "value, who, date". */
  readonly inputs: { readonly dated: readonly ChartInput[]; readonly undated: readonly ChartInput[] };
  /** The CSV file of the same rows. */
  readonly csvHref: string;
}

/**
 * Whether a topic compares counts that change over time.
 *
 * @param t The topic.
 * @returns True when one of its kinds is time-sensitive.
 */
export function isTimeSensitive(t: Pick<Topic, "kinds">): boolean {
  return t.kinds.some((k) => (KIND_IDS as readonly string[]).includes(k) && kindSpec(k as KindId).timeSensitive);
}

/**
 * The timeline of a time-sensitive topic.
 *
 * @param d Site data.
 * @param t The topic.
 * @returns The view, or null when the topic's figures do not change over time.
 */
export function timelineOf(d: SiteData, t: Topic): TimelineView | null {
  if (!isTimeSensitive(t)) return null;
  const rows = t.timeline
    .map((e) => d.claim.get(e.claim))
    .filter((c): c is ClaimView => c !== undefined && c.status === "active")
    .map((c): TimelineRow => ({
      id: c.id,
      href: paths.claim(c.id),
      asOf: c.asOf,
      date: shortDate(c),
      value: scopedValue(c),
      who: whoLabel(c),
      outlet: outletShort(d.article.get(c.article), c),
      claim: c,
    }));
  const dated = rows
    .filter((r) => r.asOf !== null)
    .sort((a, b) => ((a.asOf ?? "") < (b.asOf ?? "") ? -1 : a.asOf === b.asOf ? 0 : 1));
  const undated = rows.filter((r) => r.asOf === null);
  const { index } = seriesOf(
    rows.map((r) => r.claim),
    (slug) => d.article.get(slug),
  );
  const input = (r: TimelineRow): ChartInput => ({
    id: r.id,
    value: r.claim.value,
    label: `${r.value}, ${r.who}, ${r.asOf === null ? "undated" : r.date}`,
    series: index.get(r.id) ?? 0,
  });
  return {
    topic: t.id,
    dated,
    undated,
    inputs: { dated: dated.map(input), undated: undated.map(input) },
    csvHref: paths.timelineCsv(t.id),
  };
}

/**
 * The timeline's data as CSV.
 *
 * @param v The timeline.
 * @param address Makes a path an address (absolute when the site's address is configured).
 * @returns CSV text with a header row.
 */
export function timelineCsv(v: TimelineView, address: (path: string) => string): string {
  const rows = [...v.dated, ...v.undated].map((r) => ({
    claim: r.id,
    url: address(r.href),
    as_of: r.asOf ?? "",
    // A month or a year given without its day is stored as its first day: the precision says so.
    as_of_precision: r.claim.asOfPrecision ?? (r.asOf === null ? "" : "day"),
    value_text: r.claim.valueText,
    // What the figure counts when that is narrower than the topic ("additional troops (an increase)").
    scope: r.claim.scope ?? "",
    min: r.claim.value.min ?? "",
    max: r.claim.value.max ?? "",
    unit: r.claim.value.unit,
    per: r.claim.value.per ?? "",
    credited_to: r.who,
    outlet: r.outlet,
    article: r.claim.article,
  }));
  return stringify(rows, {
    header: true,
    columns: [
      "claim",
      "url",
      "as_of",
      "as_of_precision",
      "value_text",
      "scope",
      "min",
      "max",
      "unit",
      "per",
      "credited_to",
      "outlet",
      "article",
    ],
  });
}

/**
 * Words for a group of values that name every value in it: a label spans from the lowest to the
 * highest figure of the group, so that no member hides behind another's number.
 */
import type { Claim, Unit } from "../schema/claim.ts";
import { claimValue, formatAmount, formatNumber, readsFarBelow, vagueWords } from "../format/value.ts";
import { isMoney, monthlyInterval } from "./relations.ts";

/** Units whose sign or word is written once after a span of numbers ("10,000–11,000 people"). */
const SUFFIX_UNITS: ReadonlySet<Unit> = new Set(["people", "number", "month", "KPW", "KRW", "RUB", "years-of-age"]);

/**
 * How a claim's value is written, ignoring hedges: two claims with the same key state the same figure. A
 * ceiling written to reject a figure as far too high is "far below" it ({@link claimValue}).
 *
 * @param c Claim.
 * @returns Text such as "$2,000 a month" or "far below 40,000 people".
 */
export function writtenClaim(c: Pick<Claim, "value" | "figure">): string {
  return claimValue({ figure: c.figure, value: { ...c.value, approx: false } });
}

/**
 * A span of two amounts in one unit.
 *
 * @param lo Low end.
 * @param hi High end.
 * @param unit Unit.
 * @returns Text such as "10,000–11,000 people" or "$20 million–$22 million".
 */
function spanText(lo: number, hi: number, unit: Unit): string {
  if (lo === hi) return formatAmount(lo, unit);
  if (unit === "year") return `${lo}–${hi}`;
  if (SUFFIX_UNITS.has(unit) && unit !== "years-of-age") {
    return `${formatNumber(lo)}–${formatAmount(hi, unit)}`;
  }
  return `${formatAmount(lo, unit)}–${formatAmount(hi, unit)}`;
}

/**
 * The label of a group of claims: the one figure when all are written alike, else the span from
 * the lowest bound to the highest ("10,000–11,000 people", "at least 12,000 to 14,000 people").
 *
 * @param group Claims of one kind, unit and scope whose values overlap.
 * @returns Label.
 */
export function clusterLabel(group: readonly Pick<Claim, "value" | "vague" | "figure">[]): string {
  const first = group[0];
  if (!first) return "";
  if (first.vague) return vagueWords(first.figure).toLowerCase();
  const written = [...new Set(group.map((c) => writtenClaim(c)))];
  if (written.length === 1) return written[0] as string;
  // Money of different periods is compared per month, so its span is per month too; counts of people of
  // different periods ("15,000 people a year" beside "15,000 people") share none, and are named each.
  const pers = new Set(group.map((c) => c.value.per));
  if (pers.size > 1 && !isMoney(first.value.unit)) return written.join(" / ");
  const per = pers.size === 1 ? first.value.per : "month";
  const ivs = group.map((c) => (pers.size === 1 ? { min: c.value.min, max: c.value.max } : monthlyInterval(c)));
  const unit = first.value.unit;
  const suffix = per ? ` a ${per}` : "";
  const finite = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
  const ends = finite(ivs.flatMap((i) => [i.min, i.max]));
  const openLow = ivs.some((i) => i.min === null);
  const openHigh = ivs.some((i) => i.max === null);
  if (ends.length === 0 || (openLow && openHigh)) return written.join(" / ");
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  // An upper bound ("up to 100,000") would hide the closed figures under it ("15,000"): name them all.
  if (openLow) {
    const closed = written.filter(
      (w) => !/^(?:up to|less than|far below|under|fewer than|below|at most|no more than) /.test(w),
    );
    // ("under 1,000 people" beside "50 people": a bound written otherwise is named as written, never again as "up to".)
    const namedBounds = written.filter((w) => /^(?:under|fewer than|below|at most|no more than) /.test(w));
    const asUpTo = group.map((c) => !/^(?:under|fewer than|below|at most|no more than) /.test(writtenClaim(c)));
    // ("up to $1,000" and "up to $2,500" are "up to $1,000 or $2,500": each bound is named, never only the widest.)
    // ("nowhere near 40,000" is "far below 40,000 people", apart from the ceilings that let their figure stand.)
    const topsOf = (rejecting: boolean): string[] =>
      [
        ...new Set(
          ivs
            .filter(
              (i, k) =>
                i.min === null &&
                i.max !== null &&
                (rejecting || asUpTo[k] === true) &&
                readsFarBelow(group[k] as (typeof group)[number]) === rejecting,
            )
            .map((i) => i.max as number),
        ),
      ]
        .sort((a, b) => a - b)
        .map((t) => formatAmount(t, unit));
    const either = (amounts: string[]): string =>
      amounts.length > 1 ? `${amounts.slice(0, -1).join(", ")} or ${amounts.at(-1)}` : (amounts[0] ?? "");
    const tops = topsOf(false);
    const rejected = topsOf(true);
    const items = [
      ...closed,
      ...namedBounds,
      ...(tops.length > 0 || (rejected.length === 0 && namedBounds.length === 0)
        ? [`up to ${either(tops.length > 0 ? tops : [formatAmount(hi, unit)])}${suffix}`]
        : []),
      ...(rejected.length > 0 ? [`far below ${either(rejected)}${suffix}`] : []),
    ];
    return items.length === 1 ? (items[0] as string) : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  }
  if (openHigh && lo === hi) return `${formatAmount(lo, unit)}${suffix} or more`;
  if (openHigh) {
    const lowOpen = ivs.some((i) => i.min === lo && i.max === null);
    const lowAmount = SUFFIX_UNITS.has(unit) ? formatNumber(lo) : formatAmount(lo, unit);
    return lowOpen
      ? `at least ${lowAmount} to ${formatAmount(hi, unit)}${suffix}`
      : `${spanText(lo, hi, unit)}${suffix} or more`;
  }
  return `${spanText(lo, hi, unit)}${suffix}`;
}

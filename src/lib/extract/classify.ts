/**
 * Decides what a figure counts: its kind (from the registry's cues and a few structural
 * rules), its unit and period, or why it is not a claim at all.
 */
import type { Period, Unit } from "../schema/claim.ts";
import { KINDS, type KindId, type KindSpec, type UnitClass } from "../schema/kinds.ts";
import type { Quantity } from "./quantities.ts";

/** What the classifier decided for one figure. */
export type Classification =
  | {
      readonly ok: true;
      readonly kind: KindId;
      readonly unit: Unit;
      readonly per: Period | null;
      readonly min: number | null;
      readonly max: number | null;
      readonly scope: string | null;
      /** A head count a total is computed for ("$20m for 10,000 soldiers"). */
      readonly basis: { readonly count: number; readonly text: string } | null;
    }
  | { readonly ok: false; readonly reason: string };

/** The sentence around a figure. */
export interface FigureContext {
  /** The sentence text. */
  readonly sentence: string;
  /** Every quantity of the sentence (offsets relative to the sentence). */
  readonly all: readonly Quantity[];
  /** The sentence before it in the same block, or "". */
  readonly previous: string;
}

/** Nouns that make a bare number a head count. */
const PEOPLE_NOUNS =
  /^(?:soldiers?|troops?|personnel|men|women|fighters|people|servicemen|conscripts|recruits|workers|labou?rers|officers|generals|defectors|casualties|fatalities|deaths|dead|killed|wounded|injured|prisoners|captives|mercenaries|commandos|special forces|forces|civilians|north koreans|koreans)\b/i;
const PEOPLE_CONTEXT = /\b(?:soldiers?|troops?|personnel|fighters|forces|servicemen|conscripts|recruits|casualt\w*|fatalit\w*|killed|wounded|injur\w*|deployed|dispatched)\b/i;
const DURATION_CUE = /\brotat\w*/i;
const BIOGRAPHY_CUE = /\b(?:defect\w*|served|serving|service|drafted|conscripted|enlisted|joined|born|fled|escaped|arrived in the south|resettled)\b/i;
const AGE_BEFORE = /\b(?:at|aged|age of|at the age of|when he was|when she was)\s+$/i;
const NATIONALITY_OTHER = /\b(?:ukrainian|russian|russia's|russia’s|ukraine's|ukraine’s|its own|contract|american|chinese|syrian|nepal\w*|indian|cuban)\s+(?:\w+\s+){0,2}(?:soldiers|troops|servicemen|forces|recruits|mercenaries|fighters|losses|casualties)/i;
const DEPLOYED_DONE = /\b(?:have|has|had)\s+(?:already\s+)?(?:been\s+)?(?:sent|deployed|dispatched|stationed|arrived)|\balready\b|\bnow\b|\bare (?:in|on|stationed|fighting|training)/i;
const PROJECTION = /\b(?:could|would|may|might|will|expected|plans?|planned|escalat\w*|rise|grow|increase|reach|projected|forecast)\b/i;
const YEARLY = /\b(?:over a year|a year|per year|each year|every year|annually|per annum|yearly|for a year)\b/i;
const MONTHLY_BEFORE = /\bmonthly\b/i;
const WEEKLY_BEFORE = /\bweekly\b/i;
const YEARLY_BEFORE = /\b(?:annual|yearly)\b/i;
const MIN_BEFORE = /\b(?:a minimum|minimum|at least|no less than)\b[^,;.]{0,40}$/i;
const MAX_BEFORE = /\b(?:a maximum|maximum|at most|no more than)\b[^,;.]{0,40}$/i;
const SCOPE_FRONT = /\b(?:to|at|on|along|near)\s+(the\s+(?:western|eastern|northern|southern|north-eastern|south-western|north-western|south-eastern)\s+front(?:[\s-]lines?)?)/i;
const SCOPE_LABOUR = /\b(?:labou?r|construction|logging|factory|farm)\w*\b/i;
const SCOPE_WORKERS = /\b(?:civilian|overseas|foreign)\s+workers\b/i;

/** Currencies by code. */
const CURRENCY_UNITS: ReadonlySet<string> = new Set(["USD", "GBP", "EUR", "KPW", "KRW", "RUB"]);

/**
 * Splits a sentence into clauses at commas before clause words, semicolons, dashes and colons.
 *
 * @param s The sentence.
 * @returns Clause spans [start, end).
 */
export function clauses(s: string): [number, number][] {
  const cuts = [0];
  const re = /(?:,\s+(?=(?:who|which|with|while|and|but|including|forcing|enough|a figure|considering|whereas|although|though|as|so|\w+ing)\b)|;\s*|\s[–—]\s|—|:\s)/g;
  for (const m of s.matchAll(re)) cuts.push(m.index + m[0].length);
  cuts.push(s.length);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) spans.push([cuts[i] ?? 0, cuts[i + 1] ?? s.length]);
  return spans;
}

/**
 * The clause a figure stands in.
 *
 * @param s Sentence.
 * @param pos Offset of the figure.
 * @returns The clause text and its start.
 */
function clauseAt(s: string, pos: number): { text: string; start: number } {
  for (const [a, b] of clauses(s)) if (pos >= a && pos < b) return { text: s.slice(a, b), start: a };
  return { text: s, start: 0 };
}

/**
 * Counts how many of a kind's cues appear in a text (word-prefix match, case-insensitive).
 *
 * @param text Text.
 * @param cues Cue stems.
 * @returns Number of distinct cues found.
 */
function countCues(text: string, cues: readonly string[]): number {
  const t = ` ${text.toLowerCase().replace(/[’]/g, "'")} `;
  let n = 0;
  for (const c of cues) if (new RegExp(`[^a-z]${c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(t)) n++;
  return n;
}

/**
 * Picks the best kind of a unit class by the registry's cues: cues in the figure's clause weigh
 * three times those elsewhere in the sentence; a veto in the clause rules a kind out.
 *
 * @param cls The figure's unit class.
 * @param local The clause.
 * @param wide The sentence (and context).
 * @param exclude Kinds ruled out by structure.
 * @returns The best kind, or null when no kind has a cue.
 */
function bestKind(cls: UnitClass, local: string, wide: string, exclude: ReadonlySet<string> = new Set()): KindId | null {
  let best: { spec: KindSpec; score: number } | null = null;
  for (const spec of KINDS as readonly KindSpec[]) {
    if (!spec.units.includes(cls) || exclude.has(spec.id) || spec.cues.length === 0) continue;
    if (countCues(local, spec.vetoes) > 0) continue;
    const score = 3 * countCues(local, spec.cues) + countCues(wide, spec.cues);
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && spec.priority > best.spec.priority)) best = { spec, score };
  }
  return (best?.spec.id as KindId | undefined) ?? null;
}

/**
 * The period of a figure: as written after it, or from "monthly"/"annual" before it in its clause,
 * or "over a year" in its clause.
 *
 * @param q The quantity.
 * @param before Clause text before the figure.
 * @param after Clause text after the figure.
 * @returns The period or null.
 */
function periodOf(q: Quantity, before: string, after: string): Period | null {
  if (q.per) return q.per;
  if (MONTHLY_BEFORE.test(before)) return "month";
  if (WEEKLY_BEFORE.test(before)) return "week";
  if (YEARLY_BEFORE.test(before)) return "year";
  if (/^[^,;.]{0,60}\b(?:a|per|each|every) month\b/i.test(after)) return "month";
  if (YEARLY.test(after) || /\b(?:a|per|each) year\b/i.test(before.slice(-20))) return "year";
  return null;
}

/**
 * Classifies one figure of a sentence.
 *
 * @param q The quantity (offsets relative to the sentence).
 * @param ctx The sentence and its other quantities.
 * @returns The kind, unit and normalized bounds, or the reason it is not a claim.
 */
export function classifyQuantity(q: Quantity, ctx: FigureContext): Classification {
  const s = ctx.sentence;
  const clause = clauseAt(s, q.numberStart);
  const before = s.slice(clause.start, q.start);
  const after = s.slice(q.end, clause.start + clause.text.length);
  const wide = `${ctx.previous} ${s}`;
  const base = { scope: scopeOf(clause.text, s), basis: null } as const;

  switch (q.form) {
    case "date":
      return { ok: false, reason: "date" };
    case "clock":
      return { ok: false, reason: "clock time" };
    case "ordinal":
      return { ok: false, reason: "ordinal or unit name" };
    case "duration":
      if (q.every && q.durationUnit === "month" && DURATION_CUE.test(s)) {
        return { ok: true, kind: "context", unit: "month", per: null, min: q.min, max: q.max, ...base };
      }
      return { ok: false, reason: "duration in passing" };
    case "year":
    case "year-range":
    case "decade":
      if (BIOGRAPHY_CUE.test(clause.text) || BIOGRAPHY_CUE.test(s.slice(Math.max(0, q.start - 60), q.start))) {
        return { ok: true, kind: "biography", unit: "year", per: null, min: q.min, max: q.max, ...base };
      }
      return { ok: false, reason: "year or date in passing" };
    default:
      break;
  }

  let min = q.min;
  let max = q.max;
  if (q.bound === "exact" && MIN_BEFORE.test(before)) max = null;
  if (q.bound === "exact" && MAX_BEFORE.test(before)) min = null;

  if (q.percent) {
    const kind = bestKind("percent", clause.text, s) ?? "context";
    return { ok: true, kind, unit: "percent", per: null, min, max, ...base };
  }

  if (q.currency !== null || q.currencyWord) {
    const unit = currencyUnit(q, s);
    if (!unit) return { ok: false, reason: "currency not known" };
    const per = periodOf(q, before, after) ?? inheritedPeriod(q, ctx);
    return { ok: true, ...classifyMoney(q, unit, clause.text, before, wide, ctx), unit, per, min, max, ...base, basis: basisOf(q, ctx) };
  }

  // Bare numbers: an age, a head count, or nothing we can name.
  if (AGE_BEFORE.test(s.slice(Math.max(0, q.start - 20), q.start)) && BIOGRAPHY_CUE.test(clause.text) && (q.max ?? 0) < 120) {
    return { ok: true, kind: "biography", unit: "years-of-age", per: null, min, max, ...base };
  }
  if (isMultiplierOfTotal(q, ctx)) {
    return { ok: false, reason: "head count a total is computed for (kept as the total's basis)" };
  }
  const noun = q.suffixNoun ?? "";
  const partitiveSubset = /^\s+of\s+(?:the\s+|an?\s+estimated\s+|some\s+)?[\d,.]+/i.test(s.slice(q.end));
  const partitivePopulation = /\bof\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, q.start - 8), q.start)) && ctx.all.some((o) => o.end <= q.start && o.form === "amount");
  const isPeople =
    PEOPLE_NOUNS.test(noun) || partitiveSubset || partitivePopulation || (noun === "" &&
      (q.max ?? q.min ?? 0) >= 100 &&
      (PEOPLE_CONTEXT.test(clause.text) || (/\b(?:number|figure|total|count|tally)\b/i.test(clause.text) && PEOPLE_CONTEXT.test(`${ctx.previous} ${s}`))));
  if (!isPeople) return { ok: false, reason: noun === "" ? "bare number with nothing counted" : `counts "${noun}", not people` };
  if ((q.max ?? q.min ?? 0) < 2 && !q.vague) return { ok: false, reason: "too small to be a head count" };

  const people = { unit: "people" as const, per: null, min, max, ...base };
  const nounText = `${noun} ${after}`;
  if (/^(?:fatalities|deaths|dead|killed)\b/i.test(noun)) return { ok: true, kind: veto(clause.text, "casualties-killed"), ...people };
  if (/^(?:wounded|injured)\b/i.test(noun)) return { ok: true, kind: veto(clause.text, "casualties-wounded"), ...people };
  if (/^casualties\b/i.test(noun)) return { ok: true, kind: veto(clause.text, "casualties-total"), ...people };
  if (NATIONALITY_OTHER.test(`${q.text} ${after.split(/\s+/).slice(0, 5).join(" ")}`) || /\b(?:workers|labou?rers|civilians)\b/i.test(noun)) {
    return { ok: true, kind: "context", ...people };
  }
  if (partitivePopulation) return { ok: true, kind: "troops-deployed", ...people };

  const exclude = new Set<string>();
  if (partitiveSubset) exclude.add("troops-deployed").add("troops-projected");
  const kind = bestKind("count", clause.text, nounText + " " + s, exclude);
  if (kind === "troops-deployed" || kind === "troops-projected" || kind === null) {
    if (countCues(clause.text, ["militar", "army of", "armed forces", "famine", "population"]) > 0) return { ok: true, kind: "context", ...people };
    const projected =
      !DEPLOYED_DONE.test(clause.text) &&
      (PROJECTION.test(s.slice(clause.start, q.end)) || q.bound === "at-most" || YEARLY.test(after));
    const k: KindId = projected ? "troops-projected" : "troops-deployed";
    return { ok: true, kind: k, ...people, per: k === "troops-projected" && YEARLY.test(`${before} ${after}`) ? "year" : null };
  }
  return { ok: true, kind, ...people };
}

/**
 * Rules out this deployment's casualty kinds for other armies' losses or other disasters.
 *
 * @param clause The clause.
 * @param kind The casualty kind found.
 * @returns The kind, or "context" when the clause is about something else.
 */
function veto(clause: string, kind: KindId): KindId {
  const spec = KINDS.find((k) => k.id === kind);
  return spec && countCues(clause, spec.vetoes) > 0 ? "context" : kind;
}

/**
 * Classifies a money figure.
 *
 * @param q Quantity.
 * @param unit Its currency.
 * @param clause Its clause.
 * @param before Clause text before it.
 * @param wide Sentence and previous sentence.
 * @param ctx Sentence context.
 * @returns The kind.
 */
function classifyMoney(q: Quantity, unit: Unit, clause: string, before: string, wide: string, ctx: FigureContext): { kind: KindId } {
  const value = q.max ?? q.min ?? 0;
  if (/\b(?:gdp|economy|budget|exports?|trade|sanctions|revenue of the country)\b/i.test(clause)) return { kind: "context" };
  if (/\b(?:its own|russian|contract)\s+(?:\w+\s+){0,2}(?:soldiers|troops|servicemen|recruits)\b/i.test(clause) || SCOPE_WORKERS.test(clause)) {
    return { kind: "context" };
  }
  // Pay in the North's own currency, or pay "in North Korea", is pay at home.
  if (unit === "KPW" || countCues(`${clause} ${ctx.previous}`, ["in north korea", "ordinary", "average", "general in", "generals", "ration", "when i was in the military"]) > 0) {
    if (countCues(clause, ["russia"]) === 0 || countCues(clause, ["average", "ordinary"]) > 0) return { kind: "domestic-wage" };
  }
  const shareNearby = /\b\d+(?:\.\d+)?\s*(?:%|per ?cent)/i.test(ctx.previous + ctx.sentence) || /\b(?:fraction|remainder|rest of)\b/i.test(wide);
  if (/\b(?:end up|take home|take-home|actually (?:get|receive)|receive only|only receive|left with|pocket only)\b/i.test(clause) || /\breceive\b[^,.;]*\bonly\b|\bonly\b[^,.;]{0,20}$/i.test(before + " ") ) {
    return { kind: "soldier-take-home" };
  }
  if (shareNearby && /\b(?:this means|earn|receive|get)\b/i.test(clause)) return { kind: "soldier-take-home" };
  if (value >= 1_000_000 || /\b(?:a total|in total|total of|altogether|in all)\b/i.test(before)) {
    return { kind: PEOPLE_CONTEXT.test(wide) || /\b(?:pay|paid|earn|wages|salar\w*|compensat\w*|funds?)\b/i.test(wide) ? "pay-total" : "context" };
  }
  const k = bestKind("money", clause, wide, new Set(["pay-total", "domestic-wage"]));
  return { kind: k ?? "context" };
}

/**
 * A currency code for a quantity; bare "won" is North Korean when the sentence is about the North.
 *
 * @param q Quantity.
 * @param s Sentence.
 * @returns Unit or null.
 */
function currencyUnit(q: Quantity, s: string): Unit | null {
  if (q.currency && CURRENCY_UNITS.has(q.currency)) return q.currency;
  if (q.currencyWord && /won/i.test(q.currencyWord)) return /\bsouth korea/i.test(s) && !/\bnorth korea/i.test(s) ? "KRW" : "KPW";
  return null;
}

/**
 * A total derived in the same sentence from a rate inherits its period
 * ("$2,000 per month, which translates to $22 million").
 *
 * @param q The total.
 * @param ctx Sentence context.
 * @returns The period of an earlier money figure, or null.
 */
function inheritedPeriod(q: Quantity, ctx: FigureContext): Period | null {
  for (const o of ctx.all) if (o.end <= q.start && (o.currency || o.currencyWord) && o.per) return o.per;
  return null;
}

/**
 * Whether a bare head count only serves as the multiplier of a money total ("$20m for 10,000 soldiers").
 *
 * @param q The count.
 * @param ctx Sentence context.
 * @returns True when it does.
 */
function isMultiplierOfTotal(q: Quantity, ctx: FigureContext): boolean {
  const before = ctx.sentence.slice(Math.max(0, q.start - 24), q.start);
  if (!/\b(?:for|covering|across)\s+(?:the\s+|some\s+|about\s+|around\s+)?$/i.test(before)) return false;
  return ctx.all.some((o) => o.end <= q.start && (o.currency !== null || o.currencyWord) && (o.max ?? o.min ?? 0) >= 1_000_000);
}

/**
 * The head count a money total is computed for, when the sentence gives one after it.
 *
 * @param q Money quantity.
 * @param ctx Sentence context.
 * @returns Count and its words, or null.
 */
function basisOf(q: Quantity, ctx: FigureContext): { count: number; text: string } | null {
  if ((q.max ?? q.min ?? 0) < 1_000_000) return null;
  for (const o of ctx.all) {
    if (o.start >= q.end && o.currency === null && !o.currencyWord && !o.percent && o.form === "amount" && isMultiplierOfTotal(o, ctx) && o.min !== null) {
      return { count: o.min, text: o.text };
    }
  }
  return null;
}

/**
 * Scope words that narrow what a figure counts.
 *
 * @param clause The figure's clause.
 * @param s The sentence.
 * @returns A short scope label, or null.
 */
function scopeOf(clause: string, s: string): string | null {
  const front = SCOPE_FRONT.exec(clause);
  if (front?.[1]) return front[1];
  if (SCOPE_WORKERS.test(clause)) return "civilian workers";
  if (SCOPE_LABOUR.test(s) && /\bsoldiers?\b/i.test(s)) return "soldiers sent for labour";
  return null;
}

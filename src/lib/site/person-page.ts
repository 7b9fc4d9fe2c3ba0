/**
 * The view model of a person's page: everything it shows, as plain data taken from the site data
 * once, with each list cut to a readable length and the count of what it leaves out. The page renders
 * from it alone, so its hash is the page's cache key (see `claimPageModel`).
 */
import type { ClaimView, Person } from "../compare/types.ts";
import type { SiteData } from "./data.ts";
import { mentionsOf, statementsOf } from "./mentions.ts";
import { outletShort } from "./series.ts";
import { LIST_LIMIT, shown, type Shown } from "./shown.ts";
import { claimRows, relationLines, type ClaimRow, type RelationLine } from "./view.ts";
import { matchesOf } from "../extract/matches.ts";

/** Everything a person's page shows. */
export interface PersonPageModel {
  readonly person: Person;
  /** Other spellings of the name. */
  readonly variants: readonly string[];
  /** Descriptions ("a former North Korean soldier"), one per description. */
  readonly roles: readonly string[];
  readonly named: Shown<{ readonly slug: string; readonly title: string; readonly outlet: string }>;
  readonly credited: Shown<ClaimRow>;
  /** Totals the articles work out themselves from a rate credited to the person: their arithmetic, not the person's figure. */
  readonly workedOut: Shown<ClaimRow>;
  readonly statements: Shown<{
    readonly id: string;
    readonly quote: string;
    readonly valueText: string;
    readonly article: string;
    readonly outlet: string;
  }>;
  readonly mentions: Shown<{ readonly article: string; readonly text: string; readonly outlet: string }>;
  readonly about: Shown<ClaimRow>;
  readonly conflicts: Shown<RelationLine>;
  readonly disputes: Shown<ClaimRow>;
  /** Figures the person passes on from others (relays or carries), credited to someone else. */
  readonly passedOn: Shown<ClaimRow>;
}

/** A number written in words that could be a figure ("one" is too often no figure at all). */
const NUMBER_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
/** The noun of a count or a sum right after a number: "8 soldiers", "2000 troops", "3 million won". */
const COUNTED_AFTER =
  /^\s+(?:(?:more|North|Korean|thousand|million|billion)\s+){0,3}(?:soldiers?|troops?|men|people|dead|deaths|killed|wounded|injured|casualties|fighters|servicemen|recruits|workers|labou?rers|prisoners|defectors|dollars|won|roubles|rubles|euros)\b/i;

/**
 * Whether a sentence has a number that could be a figure: one with the noun of a count or a sum after it or a
 * currency before it ("8 soldiers", "2000 troops", "$100"), a number of three digits or more that is no year,
 * label or time ("near 4,000"), or a number in words other than "one".
 *
 * @param text The sentence.
 * @returns True when it has one.
 */
function hasFigureNumber(text: string): boolean {
  if (NUMBER_WORD.test(text)) return true;
  for (const m of matchesOf(text, /\b\d[\d,.]*\d\b|\b\d\b/g)) {
    const n = m[0];
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + n.length);
    // "8 soldiers", "2000 troops", "$100": a count or a sum says so by its noun or its currency.
    const counted = COUNTED_AFTER.test(after) || /[$€£₩₽]\s?$/.test(before) || /^\s*(?:%|per\s?cent)/i.test(after);
    if (counted) return true;
    // Otherwise only a number of three digits or more that is no year, no label and no time: "near 4,000".
    if (n.replace(/\D/g, "").length < 3 || /^(?:19|20)\d\d$/.test(n)) continue;
    if (
      /\b(?:No|Nos|Chapter|Article|Unit|page|p|pp)\.?\s*$/i.test(before) ||
      /^\s*(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|hours\b)/i.test(after)
    )
      continue;
    return true;
  }
  return false;
}

/**
 * What the page says when no figure is credited to the person, true of what the page lists below.
 *
 * @param m The page's model.
 * @returns The sentence.
 */
export function noneCreditedText(
  m: Pick<PersonPageModel, "person" | "about" | "passedOn" | "disputes"> & Partial<Pick<PersonPageModel, "mentions">>,
): string {
  const name = m.person.name;
  const kinds = [
    ...(m.about.items.length > 0 ? [`the facts about ${name}`] : []),
    ...(m.passedOn.items.length > 0 ? [`the figures ${name} passes on from others`] : []),
    ...(m.disputes.items.length > 0 ? [`the figures ${name} disputes`] : []),
  ];
  // ("Dorosh said the losses are near 4,000", a figure the site does not read as a claim, or one it credits to
  // someone else of that name: "in words only" would be false of a sentence with a number in it.)
  if (kinds.length === 0)
    return (m.mentions?.items ?? []).some((x) => hasFigureNumber(x.text))
      ? `None: the site credits no figure in the articles to ${name}.`
      : `None: the articles quote ${name} in words only, or name them without a figure.`;
  const list = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(", ")} and ${kinds.at(-1)}`;
  return `None of their own; below are ${list}.`;
}

/**
 * How many figures are credited to a person: every claim credited to them but the totals the
 * articles work out from their rates and the claims an editor withdrew.
 *
 * @param d Site data.
 * @param person The person.
 * @returns The count.
 */
export function creditedCount(d: Pick<SiteData, "claim">, person: Pick<Person, "claims">): number {
  return person.claims.filter((id) => {
    const c = d.claim.get(id);
    return c?.basis?.derived !== true && c?.status !== "withdrawn";
  }).length;
}

/**
 * The view model of one person's page.
 *
 * @param d Site data.
 * @param person The person.
 * @returns The model.
 */
export function personPageModel(d: SiteData, person: Person): PersonPageModel {
  const claimsOf = (ids: readonly string[]): ClaimView[] =>
    ids.map((id) => d.claim.get(id)).filter((c): c is ClaimView => c !== undefined);
  const about = claimsOf(person.about);
  // A fact a person gives about themselves is listed once, with the facts.
  const own = claimsOf(person.claims).filter((c) => !person.about.includes(c.id));
  const credited = own.filter((c) => !c.basis?.derived);
  const workedOut = own.filter((c) => c.basis?.derived === true);
  const disputes = claimsOf(person.disputes);
  // "a North Korean defector" describes the person; it is not a way of writing the name.
  const isDescription = (v: string): boolean => /^(?:an?|the)\s+\p{Ll}/iu.test(v) || /^\p{Ll}/u.test(v);
  const variants = person.variants.filter((v) => v !== person.name && !isDescription(v));
  // One entry per description, whatever its case or article: "a former North Korean soldier" and
  // "former north korean soldier" are one, written with the capitals the text gives.
  const byKey = new Map<string, string>();
  for (const r of [...person.roles, ...person.variants.filter(isDescription)]) {
    // ("… at the Carraway Centre for Strategic Studies." at a sentence's end: the full stop is no part of it; "Lt.
    // Col." keeps its own.)
    const text = r
      .replace(/^(?:an?|the)\s+/i, "")
      .replace(/(?<![A-Z](?:ssoc|orp|ept|ovt|niv|nst|ntl|atl))(?<=\p{Ll}{4,})[.,;:]$/u, "");
    // "Mr", "Ms" (from "Ms Park said"): a form of address, which describes no one.
    if (/^(?:mr|mrs|ms|miss|mx|madam|sir|dr)\.?$/i.test(text)) continue;
    const key = text.toLowerCase();
    const kept = byKey.get(key);
    const capitals = (x: string): number => (x.match(/\p{Lu}/gu) ?? []).length;
    if (kept === undefined || capitals(text) > capitals(kept)) byKey.set(key, text);
  }
  const statements = statementsOf(d, person);
  // (A figure they pass on and reject is listed with the figures they dispute, not here.)
  const disputed = new Set(person.disputes);
  const passedOn = (d.passedOnBy.get(person.id) ?? []).filter((c) => c.status !== "withdrawn" && !disputed.has(c.id));
  const quoted = new Set([...credited, ...about, ...statements, ...passedOn].map((c) => c.quote));
  // Sentences already shown as a figure's or a statement's quote are not repeated.
  const mentions = mentionsOf(d, person).filter((m) => !quoted.has(m.text));
  return {
    person,
    variants,
    roles: [...byKey.values()],
    named: shown(
      person.articles.flatMap((slug) => {
        const a = d.article.get(slug);
        return a ? [{ slug, title: a.meta.title, outlet: outletShort(a) }] : [];
      }),
    ),
    credited: shown(credited, LIST_LIMIT, (l) => claimRows(d, l)),
    workedOut: shown(workedOut, LIST_LIMIT, (l) => claimRows(d, l)),
    statements: shown(statements, LIST_LIMIT, (l) =>
      l.map((c) => ({
        id: c.id,
        quote: c.quote,
        valueText: c.valueText,
        article: c.article,
        outlet: outletShort(d.article.get(c.article), c),
      })),
    ),
    mentions: shown(mentions, LIST_LIMIT, (l) =>
      l.map((m) => ({ article: m.article, text: m.text, outlet: outletShort(d.article.get(m.article)) })),
    ),
    about: shown(about, LIST_LIMIT, (l) => claimRows(d, l)),
    conflicts: shown(person.conflicts, LIST_LIMIT, (l) => relationLines(d, l)),
    disputes: shown(disputes, LIST_LIMIT, (l) => claimRows(d, l)),
    passedOn: shown(passedOn, LIST_LIMIT, (l) => claimRows(d, l)),
  };
}

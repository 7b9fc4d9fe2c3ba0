/**
 * People, bodies, groups and military units, one record per person: the articles and sentences
 * that name them, the claims credited to them, about them and disputed by them. A bare surname
 * ("Lee") or a description ("a North Korean defector") counts for a person only within its own
 * article, when exactly one person named there fits; people who are named but credited with no
 * figure are listed too.
 */
import type { Article } from "../schema/article.ts";
import { NATIONALITIES, STREET_WORDS } from "../schema/vocabulary.ts";
import {
  entityId,
  guessType,
  nameKey,
  PLACE_WORDS,
  plainSpelling,
  type AliasEntry,
  type Entity,
} from "../extract/entities.ts";
import { clusterLabel } from "./labels.ts";
import { AGE_AT_EVENT_SCOPE } from "../extract/roles.ts";
import { splitSentences } from "../extract/sentences.ts";
import { daysBetween, monthlyInterval, relate } from "./relations.ts";
import { intersect, overlaps, widen, type Interval } from "./tolerance.ts";
import type { ClaimView, Person, Relation } from "./types.ts";
import { matchesOf } from "../extract/matches.ts";

/** Names of military units and formations: named in the texts, never a source. */
const UNIT_NAME = /\b(?:corps|brigade|division|regiment|battalion|fleet|squadron|\d+(?:st|nd|rd|th) army)\b/i;

/** Capitalised words that start sentences or titles and are never part of a person's name. */
const NOT_NAME_WORDS = new Set(
  (
    "the a an and but or if in on at of for to from by with as after before during while when where this that " +
    "these those it its he she they we i you his her their our my mr mrs ms dr leader president minister general " +
    "lieutenant colonel major captain sergeant defector analyst researcher professor director ambassador " +
    "according meanwhile however today yesterday speaking despite although also even most many some all " +
    "january february march april may june july august september october november december monday tuesday " +
    "wednesday thursday friday saturday sunday related articles back war world second " +
    // "the Geneva Conventions", "the Minsk Accords": a document's name, never a person's.
    "convention conventions treaty treaties accord accords protocol protocols charter agreement declaration " +
    // "Suite 900, 1200 Harbor Blvd.": an address's words, never a person's.
    "suite floor building " +
    // Words that open a sentence or a question: "Finally, …", "Can you confirm?", "Who says how many …".
    "finally firstly secondly thirdly lastly who whom whose what why how which can could would should will " +
    "did does do is are was were has have had shares"
  )
    .split(" ")
    .concat(STREET_WORDS),
);

/** A capitalised name of one to four words ("Kim Jong-un", "Vladimir Putin", "Lee"). */
// ("the Institute for Peninsula Affairs" is one run: "of" and "for" between capitals join it; a run starts
// a word: "PO Box" holds no name "O Box"; "O'Dell" is one word.)
// (Each word ends where its letters do: "Retired US Army" is no run "Retired U".)
const NAME_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}]*(?:['’]\p{L}[\p{Ll}]*)*['’]?(?:-\p{L}[\p{Ll}]*)*(?![\p{L}\p{N}])(?:[ \t]+(?:(?:of|for)[ \t]+)?(?:\p{Lu}\.|\p{Lu}[\p{Ll}]*(?:['’]\p{L}[\p{Ll}]*)*['’]?(?:-\p{L}[\p{Ll}]*)*(?![\p{L}\p{N}]))){0,5}/gu;

/** Words before a run of capitals that make it a place or a thing, never a person: "near Sosnovy Bor", "the National Flag". */
const THING_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|near|in|at|outside|around|into|across|towards?|of)\s+$/iu;

/** A mention of an entity in a sentence of an article. */
interface Mention {
  readonly article: string;
  readonly start: number;
  readonly end: number;
}

/** What the people pass builds up per entity. */
interface Acc {
  id: string;
  name: string;
  type: Person["type"];
  variants: Set<string>;
  roles: Set<string>;
  mentions: Map<string, Mention>;
}

/** Each body's lines, split into sentences once per run of {@link people}, by the line's offset. */
type LineSentences = Map<string, Map<number, readonly { start: number; end: number }[]>>;

/**
 * The sentence around an offset, as the extraction splits it ("on Sept. 4" does not end a sentence): the
 * offset's line is split once per body and kept.
 *
 * @param body Article body.
 * @param at Offset.
 * @param cache The lines already split.
 * @returns Sentence bounds.
 */
function sentenceAround(body: string, at: number, cache: LineSentences): { start: number; end: number } {
  let lines = cache.get(body);
  if (!lines) cache.set(body, (lines = new Map()));
  const lineStart = body.lastIndexOf("\n", at - 1) + 1;
  let sentences = lines.get(lineStart);
  if (!sentences) {
    const newline = body.indexOf("\n", at);
    sentences = splitSentences(body, { index: 0, start: lineStart, end: newline === -1 ? body.length : newline });
    lines.set(lineStart, sentences);
  }
  const s = sentences.find((x) => at < x.end) ?? sentences.at(-1);
  return s ? { start: s.start, end: s.end } : { start: lineStart, end: lineStart };
}

/**
 * The words of a name run a person's name may be made of: leading words that are never names dropped.
 *
 * @param run Capitalised run.
 * @returns Name words, and how many leading characters were dropped.
 */
function trimRun(run: string): { name: string; skip: number } {
  const words = run.split(/\s+/);
  let skip = 0;
  while (words.length > 0 && NOT_NAME_WORDS.has((words[0] as string).toLowerCase().replace(/[’']s$/, ""))) {
    skip += (words.shift() as string).length;
    skip += run.slice(skip).length - run.slice(skip).trimStart().length;
  }
  return { name: words.join(" ").replace(/[’']s$/, ""), skip };
}

/**
 * Whether a run of capitalised words can be a person's full name.
 *
 * @param name Name.
 * @returns True when it can.
 */
function personLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase()))) return false;
  // Parts of a given name ("Jong-un", "Un") are never read as words of an organisation's name.
  const long = name
    .replace(/-/g, "")
    .split(/\s+/)
    .filter((w) => w.length > 2);
  return long.length > 0 && guessType(long.join(" ")) === "person";
}

/**
 * People, bodies, groups and units with their claims and the sentences that name them.
 *
 * @param entities Entities from extraction.
 * @param claims Claims.
 * @param articles Articles.
 * @param noteOf Editorial notes.
 * @param aliases Entries of the alias file.
 * @param notedPairs The pairs of claims that have an editor's note.
 * @returns People sorted by id.
 */
/**
 * Whether a person's sentences give a nationality other than a description's ("a senior Ukrainian
 * official" against "a former South Korean intelligence official"); sentences that give none do not.
 *
 * @param nationalities The description's words of nationality.
 * @param text The person's sentences, in lower case.
 * @returns True when they contradict it.
 */
function contradicts(nationalities: readonly string[], text: string): boolean {
  if (nationalities.length === 0) return false;
  const given = text.split(/[^a-z]+/).filter((w) => NATIONALITIES.has(w));
  return given.length > 0 && !nationalities.some((w) => given.includes(w));
}

export function people(
  entities: readonly Entity[],
  claims: readonly ClaimView[],
  articles: readonly Article[],
  noteOf: (a: string, b: string) => string | null,
  aliases: readonly AliasEntry[] = [],
  notedPairs: readonly (readonly [string, string])[] = [],
): Person[] {
  const lineSentences: LineSentences = new Map();
  // An age is given as of its article's date.
  const published = new Map(articles.map((x) => [x.slug, x.meta.published ?? null]));
  const publishedOf = (slug: string): string | null => published.get(slug) ?? null;
  // Outlets are sources, not people: a publisher's own name in its text ("The Eastern Courier could not
  // verify the figure") is never taken for a new person.
  const outletKeys = new Set<string>();
  for (const e of entities)
    if (e.type === "outlet") for (const v of [e.name, ...e.variants]) outletKeys.add(nameKey(v));
  for (const al of aliases)
    if (al.type === "outlet") for (const v of [al.name, ...al.aliases]) outletKeys.add(nameKey(v));
  for (const art of articles)
    for (const v of [art.meta.publisher ?? "", ...art.meta.relays]) if (v !== "") outletKeys.add(nameKey(v));
  const acc = new Map<string, Acc>();
  const full = new Map<string, Acc>();
  // A spelling as written, before its key: two people whose names fold to one key ("Kim Min-joon" and
  // "Kim Min-jun", told apart in their article) are each found by their own spelling.
  const exact = new Map<string, Acc>();
  // An entity a claim names keeps its page, whatever else it is.
  const inClaims = new Set<string>();
  for (const c of claims)
    for (const ref of [c.attributedTo, c.subject, c.disputedBy, c.citedSource]) if (ref) inClaims.add(ref.id);
  for (const e of entities) {
    if (e.type === "outlet" || (outletKeys.has(nameKey(e.name)) && !inClaims.has(e.id))) continue;
    const a: Acc = {
      id: e.id,
      name: e.name,
      type: UNIT_NAME.test(e.name) ? "unit" : e.type,
      variants: new Set(),
      roles: new Set(e.roles),
      mentions: new Map(),
    };
    acc.set(e.id, a);
    // A one-word spelling that is part of a longer one ("Lee" of "Jean Lee") is a bare surname:
    // it is resolved per article below, never across the corpus.
    const spellings = [...e.variants, e.name];
    const longer = spellings.filter((v) => v.split(/\s+/).length > 1);
    for (const v of spellings) {
      const bare =
        v.split(/\s+/).length === 1 && longer.some((l) => l.split(/[\s-]+/).some((w) => nameKey(w) === nameKey(v)));
      if (bare) continue;
      a.variants.add(v);
      full.set(nameKey(v), a);
      if (!exact.has(plainSpelling(v))) exact.set(plainSpelling(v), a);
    }
  }
  // The alias file ties spellings that only the scan below finds ("Storm Core") to their entity.
  for (const al of aliases) {
    if (al.type === "outlet") continue;
    for (const v of [al.name, ...al.aliases]) {
      if (full.has(nameKey(v))) continue;
      let a = acc.get(al.id);
      if (!a) {
        a = {
          id: al.id,
          name: al.name,
          type: UNIT_NAME.test(al.name) ? "unit" : al.type,
          variants: new Set(),
          roles: new Set(al.roles ?? []),
          mentions: new Map(),
        };
        acc.set(al.id, a);
      }
      full.set(nameKey(v), a);
    }
  }
  const claimsOf = new Map<string, ClaimView[]>();
  const creditedTo = new Map<string, ClaimView[]>();
  const aboutOf = new Map<string, ClaimView[]>();
  const disputedBy = new Map<string, ClaimView[]>();
  const push = (m: Map<string, ClaimView[]>, id: string, c: ClaimView): void => {
    const list = m.get(id);
    if (list) list.push(c);
    else m.set(id, [c]);
  };
  for (const c of claims) {
    for (const ref of new Set([c.attributedTo, c.subject, c.disputedBy, c.citedSource])) {
      if (ref) push(claimsOf, ref.id, c);
    }
    if (c.attributedTo) push(creditedTo, c.attributedTo.id, c);
    if (c.subject && c.status === "active") push(aboutOf, c.subject.id, c);
    if (c.disputedBy) push(disputedBy, c.disputedBy.id, c);
  }
  const inOrder = (list: ClaimView[]): ClaimView[] =>
    [...new Set(list)].sort((x, y) =>
      x.article < y.article ? -1 : x.article > y.article ? 1 : x.figureStart - y.figureStart,
    );
  // Descriptions ("a former special forces soldier") wait for the person their article names for them.
  const descriptions = new Map<string, Acc>();
  for (const a of acc.values()) {
    if (a.type === "group" && /^an?\s/i.test(a.name) && !/s$/i.test(a.name) && !claimsOf.has(a.id)) {
      descriptions.set(nameKey(a.name), a);
    }
  }
  const merged = new Map<string, Acc>();
  // One pattern for every description, so that each article is read once however many there are.
  const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const descriptionPattern =
    descriptions.size > 0
      ? new RegExp(`\\b(?:${[...descriptions.values()].map((d) => escape(d.name)).join("|")})\\b`, "giu")
      : null;

  for (const art of articles) {
    const body = art.body;
    // Full names seen so far in this article, for bare surnames and descriptions.
    const introduced: Acc[] = [];
    const pending: { desc: Acc; words: string[]; places: string[]; sentence: { start: number; end: number } }[] = [];
    const named: { who: Acc; sentence: { start: number; end: number } }[] = [];
    const note = (who: Acc, at: number, spelling: string): void => {
      const sentence = sentenceAround(body, at, lineSentences);
      who.mentions.set(`${art.slug}:${sentence.start}`, { article: art.slug, ...sentence });
      who.variants.add(spelling);
      if (!introduced.includes(who)) introduced.push(who);
      if (who.type === "person") named.push({ who, sentence });
    };
    for (const m of matchesOf(body, NAME_RUN)) {
      const at = m.index;
      const trimmed = trimRun(m[0]);
      if (trimmed.name === "") continue;
      // "the 11th Corps": the ordinal is part of a unit's name.
      const ordinal = UNIT_NAME.test(trimmed.name)
        ? /(?:^|\s)(\d{1,3}(?:st|nd|rd|th)\s+)$/.exec(
            body.slice(Math.max(0, at + trimmed.skip - 12), at + trimmed.skip),
          )
        : null;
      const name = ordinal?.[1] ? `${ordinal[1]}${trimmed.name}` : trimmed.name;
      const start = at + trimmed.skip - (ordinal?.[1]?.length ?? 0);
      // A unit's kind alone ("Corps", "Brigade") names no unit.
      if (!name.includes(" ") && UNIT_NAME.test(name)) continue;
      // The longest known name inside the run, else the run as a new person's name.
      const words = name.split(/\s+/);
      let hit: { who: Acc; spelling: string } | null = null;
      for (let len = words.length; len >= 1 && !hit; len--) {
        for (let i = 0; i + len <= words.length && !hit; i++) {
          const spelling = words.slice(i, i + len).join(" ");
          const who = exact.get(plainSpelling(spelling)) ?? full.get(nameKey(spelling));
          if (who && !(len === 1 && who.type === "person" && !who.variants.has(spelling))) hit = { who, spelling };
        }
      }
      if (hit) {
        note(hit.who, start, hit.spelling);
        continue;
      }
      if (outletKeys.has(nameKey(name))) continue;
      // A nickname in quotes ("Mad Vlad") or a name in a heading is not taken as a new person.
      const quoted = /[“"‘]$/.test(body.slice(Math.max(0, start - 1), start));
      const lineEnd = body.indexOf("\n", start);
      const line = body.slice(body.lastIndexOf("\n", start) + 1, lineEnd < 0 ? body.length : lineEnd).trimEnd();
      // "The Storm Core unit": a name followed by "unit" names a military unit.
      // ("North Korean units" are units of a nation, not a unit named "North Korean".)
      const isUnit =
        (/^[ \t]+units?\b/i.test(body.slice(at + m[0].length, at + m[0].length + 8)) &&
          !name.split(/\s+/).every((w) => PLACE_WORDS.has(w.toLowerCase()))) ||
        UNIT_NAME.test(name);
      const thing = !isUnit && THING_BEFORE.test(body.slice(Math.max(0, start - 12), start));
      if (!quoted && !thing && /[.!?"”’]$/.test(line) && (isUnit || personLike(name))) {
        let who = acc.get(entityId(name));
        if (!who) {
          who = {
            id: entityId(name),
            name,
            type: isUnit ? "unit" : "person",
            variants: new Set(),
            roles: new Set(),
            mentions: new Map(),
          };
          acc.set(who.id, who);
        }
        full.set(nameKey(name), who);
        note(who, start, name);
        continue;
      }
      if (words.length === 1) {
        // A bare surname: the one person of this article whose full name holds it.
        const k = nameKey(name);
        const fits = introduced.filter(
          (p) =>
            p.type === "person" &&
            [...p.variants].some(
              (v) => v.split(/[\s-]+/).length > 1 && v.split(/[\s-]+/).some((w) => nameKey(w) === k),
            ),
        );
        if (fits.length === 1) note(fits[0] as Acc, start, name);
      }
    }
    // Descriptions of this article: the person named in the same sentence, else in the next
    // sentence that names someone, when the words of that sentence fit the description.
    for (const dm of descriptionPattern ? matchesOf(body, descriptionPattern) : []) {
      const desc = descriptions.get(nameKey(dm[0]));
      if (!desc || merged.has(desc.id) || pending.some((p) => p.desc === desc)) continue;
      const sentence = sentenceAround(body, dm.index, lineSentences);
      const all = desc.name.toLowerCase().split(/\s+/);
      const words = all.filter((w) => !NOT_NAME_WORDS.has(w) && !PLACE_WORDS.has(w) && w !== "former");
      // ("A senior Ukrainian official" is not "Lee, a former South Korean intelligence official": a
      // description's nationality is not another the person's sentences give.)
      const places = all.filter((w) => NATIONALITIES.has(w));
      pending.push({ desc, words, places, sentence });
    }
    for (const p of pending) {
      const same = [...new Set(named.filter((n) => n.sentence.start === p.sentence.start).map((n) => n.who))];
      let who: Acc | undefined;
      if (same.length === 1) who = same[0];
      else if (same.length === 0) {
        const next = named
          .filter((n) => n.sentence.start > p.sentence.start)
          .sort((a, b) => a.sentence.start - b.sentence.start)[0];
        // The description fits when its words are in a sentence of this article that names the person.
        const text = next
          ? named
              .filter((n) => n.who === next.who)
              .map((n) => body.slice(n.sentence.start, n.sentence.end).toLowerCase())
              .join(" ")
          : "";
        const inNext = next
          ? new Set(named.filter((n) => n.sentence.start === next.sentence.start).map((n) => n.who))
          : new Set();
        if (next && inNext.size === 1 && p.words.some((w) => text.includes(w)) && !contradicts(p.places, text))
          who = next.who;
      }
      if (!who) continue;
      merged.set(p.desc.id, who);
      who.variants.add(p.desc.name);
      who.roles.add(p.desc.name.replace(/^an?\s+/i, "").toLowerCase());
      who.mentions.set(`${art.slug}:${p.sentence.start}`, { article: art.slug, ...p.sentence });
    }
  }

  const bodyOf = new Map(articles.map((art) => [art.slug, art.body]));
  const mergedInto = new Map<Acc, string[]>();
  for (const [id, who] of merged) {
    const ids = mergedInto.get(who);
    if (ids) ids.push(id);
    else mergedInto.set(who, [id]);
  }
  const out: Person[] = [];
  for (const a of acc.values()) {
    if (merged.has(a.id)) continue;
    const ids = [a.id, ...(mergedInto.get(a) ?? [])];
    const all = ids.flatMap((id) => claimsOf.get(id) ?? []);
    // An unnamed group ("Reports", "analysts") is listed for what it says; named without a figure
    // or a statement, it is no one to look up.
    if (a.type === "group" && all.length === 0) continue;
    const about = inOrder(ids.flatMap((id) => aboutOf.get(id) ?? []));
    const credited = inOrder(ids.flatMap((id) => creditedTo.get(id) ?? []));
    // A sentence that credits them, tells about them, cites them or has them dispute a figure names
    // them too, even when it does so by a description ("the spy agency said") that the capitalised-name
    // scan cannot see.
    for (const c of all) {
      const body = bodyOf.get(c.article);
      if (body === undefined) continue;
      const sentence = sentenceAround(body, c.quoteStart, lineSentences);
      a.mentions.set(`${c.article}:${sentence.start}`, { article: c.article, ...sentence });
    }
    // Named nowhere the scan can point to and credited with nothing: nothing to show on a page. (So
    // everyone listed has a sentence, and their articles are those of their sentences and claims.)
    if (a.mentions.size === 0) continue;
    const mentions = [...a.mentions.values()].sort((x, y) =>
      x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start,
    );
    out.push({
      id: a.id,
      name: a.name,
      type: a.type,
      variants: [...a.variants].sort(),
      roles: [...a.roles].filter((r) => r.length <= 120).sort(),
      claims: credited.map((c) => c.id),
      about: about.map((c) => c.id),
      disputes: inOrder(ids.flatMap((id) => disputedBy.get(id) ?? [])).map((c) => c.id),
      conflicts: conflictsAbout(a.name, about, noteOf, notedPairs, publishedOf),
      articles: [...new Set([...all.map((c) => c.article), ...mentions.map((m) => m.article)])].sort(),
      mentions,
      statements: credited.filter((c) => c.qualitative).map((c) => c.id),
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Conflicts among biography facts about one person, bounded by the values the articles give rather
 * than by the number of facts. Facts of one kind, unit and sort ("defection") are grouped by value
 * as a topic's claims are (a fact joins the group while it overlaps every member), and a conflict is
 * listed between each two neighbouring groups of values that do not overlap, from the lower value to
 * the higher, seen through the first fact of each group in reading order. Listing every conflicting pair instead grew with the square
 * of the facts: a name that recurs across thousands of articles had tens of thousands of pairs that
 * said the same thing. When a group holds more than one fact, the explanation says how many facts
 * give each value; a pair of facts with an editor's note is listed as well, so that no note is lost.
 *
 * @param name The person's name, for the sentences.
 * @param about Claims about them, in reading order.
 * @param noteOf Editorial notes.
 * @param notedPairs The pairs of claims that have an editor's note.
 * @param publishedOf The date of an article, by slug (an age is given as of it).
 * @returns Conflicts: by sort of fact (in reading order of the first), then by value.
 */
function conflictsAbout(
  name: string,
  about: readonly ClaimView[],
  noteOf: (a: string, b: string) => string | null,
  notedPairs: readonly (readonly [string, string])[],
  publishedOf: (slug: string) => string | null = () => null,
): Relation[] {
  const facts = about.map((c) => factOf(c));
  const order = new Map(about.map((c, i) => [c.id, i]));
  const sorts = new Map<string, number[]>();
  about.forEach((c, i) => {
    // An age at a past event is a sort of its own: ages at two events may differ.
    const key = `${c.kind}|${c.value.unit}|${facts[i] as string}${facts[i] === AGE_AT_EVENT_FACT ? `|${c.id}` : ""}`;
    const list = sorts.get(key);
    if (list) list.push(i);
    else sorts.set(key, [i]);
  });
  const found: Relation[] = [];
  const listed = new Set<string>();
  const add = (x: number, y: number, extra: string): void => {
    const a = about[x] as ClaimView;
    const b = about[y] as ClaimView;
    if (listed.has([a.id, b.id].sort().join("|"))) return;
    const r = relate(a, b);
    if (r.type !== "conflicts" || agesApart(a, b, publishedOf)) return;
    listed.add([a.id, b.id].sort().join("|"));
    found.push({
      type: "conflicts",
      from: a.id,
      to: b.id,
      explanation: `${facts[x] as string}: ${r.explanation}${extra}`,
      note: noteOf(a.id, b.id),
    });
  };
  const groupOf = new Map<number, number[]>();
  for (const members of sorts.values()) {
    const groups = valueGroups(members.map((i) => about[i] as ClaimView)).map((g) =>
      g.map((c) => order.get(c.id) as number).sort((x, y) => x - y),
    );
    for (const g of groups) for (const i of g) groupOf.set(i, g);
    for (let gi = 0; gi + 1 < groups.length; gi++) {
      const lower = groups[gi] as number[];
      const higher = groups[gi + 1] as number[];
      const give = (g: number[]): string =>
        `${g.length} ${g.length === 1 ? "gives" : "give"} ${clusterLabel(g.map((i) => about[i] as ClaimView))}`;
      const extra =
        lower.length > 1 || higher.length > 1
          ? ` Of the ${facts[lower[0] as number] as string} facts about ${name}, ${give(lower)} and ${give(higher)}.`
          : "";
      add(lower[0] as number, higher[0] as number, extra);
    }
  }
  // An editor's note on a pair of facts is shown, whichever facts stand for their groups.
  for (const [x, y] of notedPairs) {
    const i = order.get(x);
    const k = order.get(y);
    if (i === undefined || k === undefined || groupOf.get(i) === groupOf.get(k)) continue;
    if (facts[i] !== facts[k] || about[i]?.kind !== about[k]?.kind) continue;
    if (about[i]?.value.unit !== about[k]?.value.unit) continue;
    add(Math.min(i, k), Math.max(i, k), "");
  }
  return found;
}

/**
 * Groups facts of one kind, unit and sort by value: sorted by value, a fact joins the open group
 * while it overlaps what all members share, as a topic's clusters are made.
 *
 * @param facts Facts.
 * @returns Groups, in value order.
 */
function valueGroups(facts: readonly ClaimView[]): ClaimView[][] {
  const sorted = facts
    .map((c) => ({ c, w: widen(monthlyInterval(c), c.value.approx) }))
    .sort(
      (x, y) =>
        (x.w.min ?? -Infinity) - (y.w.min ?? -Infinity) ||
        (x.w.max ?? Infinity) - (y.w.max ?? Infinity) ||
        x.c.id.localeCompare(y.c.id),
    );
  const groups: ClaimView[][] = [];
  let shared: Interval | null = null;
  for (const { c, w } of sorted) {
    const open = groups.at(-1);
    if (open && shared && overlaps(shared, w)) {
      open.push(c);
      shared = intersect(shared, w);
      continue;
    }
    groups.push([c]);
    shared = w;
  }
  return groups;
}

/**
 * Whether two ages differ by no more than the time between the dates they are given at allows
 * ("29-year-old" in February, "30-year-old" in December): a person grows older, so that is no conflict.
 *
 * @param a One fact.
 * @param b The other.
 * @param publishedOf The date of an article, by slug.
 * @returns True when both are ages, their articles dated, and time explains the difference.
 */
function agesApart(a: ClaimView, b: ClaimView, publishedOf: (slug: string) => string | null): boolean {
  const da = a.asOf ?? publishedOf(a.article);
  const db = b.asOf ?? publishedOf(b.article);
  if (a.value.unit !== "years-of-age" || b.value.unit !== "years-of-age" || !da || !db) return false;
  const [early, late, d0, d1] = da <= db ? [a, b, da, db] : [b, a, db, da];
  const years = daysBetween(d0, d1) / 365.25;
  const grew = (late.value.min ?? 0) - (early.value.max ?? 0);
  return grew >= 0 && grew <= years + 1;
}

/** The sort of fact an age at a past event is. */
const AGE_AT_EVENT_FACT = "age at a past event";

/**
 * What sort of biography fact a claim states: an age is an age whatever else its sentence says ("Lee,
 * 41, who defected in 2009"); a year is what its sentence does.
 *
 * @param c The claim.
 * @returns "defection", "service", "age" or "other".
 */
function factOf(c: Pick<ClaimView, "quote" | "value" | "scope" | "quoteStart" | "figureStart">): string {
  const quote = c.quote;
  // ("drafted into the army at 17": the age then, set against nothing.)
  if (c.value.unit === "years-of-age") return c.scope === AGE_AT_EVENT_SCOPE ? AGE_AT_EVENT_FACT : "age";
  // A year is what the nearest such word before it in its clause tells of: "a defector who served as a
  // captain … until 2018" ended his service then; "who served … before defecting in 2019" defected then.
  const at = c.figureStart - c.quoteStart;
  const before =
    at > 0 && at <= quote.length
      ? (quote
          .slice(0, at)
          .split(/[;:]|,\s+(?:and|but)\s/)
          .pop() ?? "")
      : "";
  const cues: [string, RegExp][] = [
    ["defection", /\bdefect\w*/gi],
    ["service", /\bserv(?:ed|ice|ing)\b/gi],
    ["age", /\b(?:drafted|aged?|born)\b/gi],
  ];
  const nearest = cues
    .map(([fact, re]) => ({ fact, at: Math.max(-1, ...matchesOf(before, re).map((m) => m.index)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => b.at - a.at)[0];
  if (nearest) return nearest.fact;
  if (/\bdefect/i.test(quote)) return "defection";
  if (/\bserv(?:ed|ice|ing)\b/i.test(quote)) return "service";
  if (/\b(?:drafted|aged?|born)\b/i.test(quote)) return "age";
  return "other";
}

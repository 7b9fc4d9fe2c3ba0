/**
 * People, organisations, groups and outlets named in the articles, resolved across spelling
 * variants ("Lee Woong-gil" = "Lee Woong Gil") and through the editorial alias file for what
 * spelling cannot tell ("NIS" = "South Korea's spy agency").
 */

import {
  type EntityType,
  GROUP_NOUNS_RE,
  PLACE_WORDS,
  STATE_NAMES,
  koreanNameId,
  nameKey,
} from "../schema/vocabulary.ts";

export { type EntityType, PLACE_WORDS, nameKey };

/** An alias-file entry: one entity and the names it goes by. Names only, never figures. */
export interface AliasEntry {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** Role words that a description may use for it ("agency", "spy agency"). */
  readonly roles?: readonly string[] | undefined;
}

/** A resolved entity with every spelling seen. */
export interface Entity {
  readonly id: string;
  name: string;
  type: EntityType;
  /** Spellings seen in the text (and in the alias file), sorted. */
  readonly variants: Set<string>;
  /** Roles or descriptions the text gives ("defector", "a defense researcher at RAND"). */
  readonly roles: Set<string>;
}

/**
 * A name's letters as written, without case, spaces or hyphens: "Kim Min-joon" → "kimminjoon".
 *
 * @param name A name.
 * @returns Its letters.
 */
export function plainSpelling(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Makes a kebab-case id from a display name.
 *
 * @param name Display name.
 * @returns Id such as `lee-woong-gil`.
 */
export function entityId(name: string): string {
  const id = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "s")
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id === "" ? "unnamed" : id;
}

/** Words that make an organisation's name an outlet's ("Daily NK", "Metro Wire", "JoongAng Ilbo"). */
const OUTLET_WORDS: ReadonlySet<string> = new Set(
  (
    "daily times post star guardian independent radio voice press news podcast journal reuters herald ilbo " +
    "tribune gazette telegraph mirror express observer bloomberg mail wire chronicle review bulletin " +
    "quarterly weekly courier dispatch digest ledger magazine newsletter sentinel standard globe " +
    "inquirer examiner " +
    // News agencies and papers of the countries this story runs through, known by one word.
    "yonhap newsis kyodo nikkei asahi yomiuri hankyoreh xinhua interfax ukrinform pravda novosti izvestia " +
    "kommersant meduza spiegel politico axios economist jazeera shinmun sinmun brief"
  ).split(" "),
);

/**
 * The one-word names an article may use for its publisher and the outlets it relays ("the Ledger" for the
 * Seoul Ledger, "the Courier" for the Pacific Courier), by name key; a word two of them end with means
 * neither.
 *
 * @param names The publisher's name (or null) and the relayed outlets' names.
 * @returns Full names by the key of their last word.
 */
export function shortOutletNames(names: readonly (string | null)[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const name of names) {
    const words = (name ?? "").replace(/^the\s+/i, "").split(/\s+/);
    const last = words.at(-1) ?? "";
    if (words.length < 2 || !OUTLET_WORDS.has(last.toLowerCase())) continue;
    const key = nameKey(last);
    if (seen.has(key)) out.delete(key);
    else out.set(key, name ?? "");
    seen.add(key);
  }
  return out;
}

/** The generic endings of outlets' names ("Yonhap News Agency", "Kyodo News", "KBS TV"). */
const OUTLET_SUFFIXES = ["News Agency", "News", "TV", "Television", "Radio", "Broadcasting"];
const OUTLET_SUFFIX = new RegExp(`^(.+?)\\s+(?:${OUTLET_SUFFIXES.join("|")})$`, "i");

/** Words that make a capitalised name an organisation rather than a person (outlets among them). */
const ORG_WORDS = new Set([
  ...OUTLET_WORDS,
  ...(
    "agency service office ministry department institute university council party army corps forces force command " +
    "intelligence pentagon kremlin government administration parliament assembly committee commission union league " +
    "group media television tv network channel website center centre foundation organization " +
    "organisation association bureau staff nis rand nato un eu house senate embassy consulate " +
    // Research groups and monitors: "the Baltic Conflict Observatory", "the Hanbit Peace Forum".
    "observatory forum desk monitor studies initiative project watch directorate secretariat tribunal court " +
    "institution society academy coalition alliance consultancy laboratory lab think-tank collective " +
    // Platforms whose channels and posts an article cites ("claims on Telegram"): no person, and no
    // publication that relays what is posted there.
    "telegram twitter facebook youtube tiktok vkontakte weibo instagram " +
    // Companies: "Hanwha Aerospace", "Rosoboronexport Holdings".
    "aerospace industries holdings corporation corp inc ltd llc plc company firm bank motors electronics " +
    "shipbuilding systems technologies"
  ).split(" "),
]);

/** Words of ORG_WORDS that name a body only as an acronym in capitals ("UN", not the "Un" of "Kim Jong Un"). */
const ACRONYM_WORDS = new Set(["un", "eu", "nis"]);

/** Acronyms of broadcasters and news agencies. */
const OUTLET_ACRONYMS = new Set(
  "BBC CNN AP AFP UPI DPA TASS NHK KBS MBC SBS JTBC YTN NBC CBS ABC CBC VOA RFA RFE NPR KCNA RIA CCTV".split(" "),
);

/** Words that quantify a common noun rather than name anyone: "every", "many", "most". */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  "every",
  "each",
  "most",
  "many",
  "some",
  "all",
  "several",
  "few",
  "various",
  "numerous",
  "other",
  "any",
]);

/**
 * Guesses whether a capitalised name is a person, an organisation or an outlet.
 *
 * @param name The name.
 * @returns The type.
 */
export function guessType(name: string): EntityType {
  const written = name
    .replace(/[’']s\b/g, "")
    .split(/[\s-]+/)
    .filter((w) => w.toLowerCase() !== "the");
  const words = written.map((w) => w.toLowerCase());
  // ("Kim Jong Un", "Kim Jong-un": an acronym's letters in a name's ordinary case are no body.)
  const bodyWord = (w: string, i: number): boolean =>
    ORG_WORDS.has(w) && (!ACRONYM_WORDS.has(w) || written[i] === w.toUpperCase());
  if (words.some(bodyWord)) return words.some((w) => OUTLET_WORDS.has(w)) ? "outlet" : "organization";
  // ("S. Korea", "N. Korea": a compass point's initial in a place's name.)
  if (words.length > 0 && words.every((w) => PLACE_WORDS.has(w) || /^[nsew]\.$/.test(w))) return "organization";
  if (STATE_NAMES.test(name.trim())) return "organization";
  // "HUR", "GUR", "JCS": an acronym names a body, never a person; broadcasters' and wires' are outlets.
  if (/^(?:the\s+)?\p{Lu}{2,6}$/u.test(name.trim())) {
    return OUTLET_ACRONYMS.has(name.trim().replace(/^the\s+/, "")) ? "outlet" : "organization";
  }
  // "Every newspaper", "Many outlets", "All the newspapers": a quantifier before common nouns names no one.
  if (words.length > 1 && QUANTIFIERS.has(words[0] ?? "") && written.slice(1).every((w) => !/^\p{Lu}/u.test(w)))
    return "group";
  // "Analysts", "Western officials": a plural group noun at the head is a group, even capitalised.
  const head = words.at(-1) ?? "";
  if (head.endsWith("s") && GROUP_NOUNS_RE.test(head) && GROUP_NOUNS_RE.exec(head)?.[0].length === head.length) {
    return "group";
  }
  if (!/\p{Lu}/u.test(name)) return "group";
  return "person";
}

/**
 * Everything a registry holds, as one value that `node:v8` can serialise whole: the entities are
 * shared between its maps, and a copy keeps them shared.
 */
export interface RegistryState {
  readonly byKey: Map<string, Entity>;
  readonly byId: Map<string, Entity>;
  readonly fixedKeys: Set<string>;
  readonly fixedNames: Set<string>;
  readonly fixed: Entity[];
  readonly counts: Map<Entity, Map<string, number>>;
  readonly mergedInto: Map<string, Entity>;
}

/** The entities of a corpus, keyed by folded names. */
export class EntityRegistry {
  readonly #byKey = new Map<string, Entity>();
  readonly #byId = new Map<string, Entity>();
  /** Alias keys that come from the editorial file (they win over automatic merges). */
  readonly #fixedKeys = new Set<string>();
  /** Ids whose display name the alias file sets. */
  readonly #fixedNames = new Set<string>();
  /** The alias file's entities, the only ones a role word can name; kept apart so a lookup does not scan the corpus. */
  readonly #fixed: Entity[] = [];
  /** How often each spelling of each entity was seen. */
  readonly #counts = new Map<Entity, Map<string, number>>();

  /**
   * @param aliases Entries of the alias file.
   */
  constructor(aliases: readonly AliasEntry[] = []) {
    for (const a of aliases) {
      const e: Entity = { id: a.id, name: a.name, type: a.type, variants: new Set(), roles: new Set(a.roles ?? []) };
      this.#byId.set(a.id, e);
      this.#fixedNames.add(a.id);
      this.#fixed.push(e);
      for (const n of [a.name, ...a.aliases]) {
        const key = nameKey(n);
        this.#byKey.set(key, e);
        this.#fixedKeys.add(key);
      }
    }
  }

  /**
   * The registry's state, to keep between builds. It is the registry's own maps, not a copy: serialise
   * it before the registry changes again.
   *
   * @returns State.
   */
  state(): RegistryState {
    return {
      byKey: this.#byKey,
      byId: this.#byId,
      fixedKeys: this.#fixedKeys,
      fixedNames: this.#fixedNames,
      fixed: this.#fixed,
      counts: this.#counts,
      mergedInto: this.#mergedInto,
    };
  }

  /**
   * A registry in a state kept from an earlier build (see `state`).
   *
   * @param state The state, deserialised (the registry takes its entities as they are).
   * @returns The registry.
   */
  static restore(state: RegistryState): EntityRegistry {
    const r = new EntityRegistry();
    for (const [k, e] of state.byKey) r.#byKey.set(k, e);
    for (const [id, e] of state.byId) r.#byId.set(id, e);
    for (const k of state.fixedKeys) r.#fixedKeys.add(k);
    for (const id of state.fixedNames) r.#fixedNames.add(id);
    r.#fixed.push(...state.fixed);
    for (const [e, counts] of state.counts) r.#counts.set(e, counts);
    for (const [id, e] of state.mergedInto) r.#mergedInto.set(id, e);
    return r;
  }

  /**
   * Looks a name up without creating anything.
   *
   * @param name A name as written.
   * @returns The entity, or undefined.
   */
  find(name: string): Entity | undefined {
    const found = this.#byKey.get(nameKey(name));
    if (found) return found;
    // ("Seoul spy agency denies …": a headline's capital before a body's noun, its "'s" left out.)
    const capital = /^(Seoul|Kyiv|Moscow|Tokyo|Washington|Pyongyang)\s+(?=\p{Ll})/u.exec(name);
    return capital ? this.#byKey.get(nameKey(`${capital[1]}'s ${name.slice(capital[0].length)}`)) : undefined;
  }

  /**
   * Whether the alias file names this spelling (then it means the same entity in every article).
   *
   * @param name A name as written.
   * @returns True for the alias file's names.
   */
  isFixed(name: string): boolean {
    return this.#fixedKeys.has(nameKey(name));
  }

  /**
   * A person the text tells apart from another whose name has the same key: "Kim Min-joon, 47, a
   * lawmaker" and "Kim Min-jun, 39, an analyst" in one article are two people, though the key folds the
   * two spellings of the given name into one. The entity is found again by this spelling, as written.
   *
   * @param name The name as written.
   * @returns The entity of this spelling.
   */
  resolveApart(name: string): Entity {
    const key = `${nameKey(name)}|${plainSpelling(name)}`;
    return this.#written(this.#byKey.get(key) ?? this.#create(name, "person", key), name);
  }

  /**
   * A new entity under a name, with an id no other entity has.
   *
   * @param name The name as written.
   * @param type Its type.
   * @param key The key it is found by.
   * @returns The entity.
   */
  #create(name: string, type: EntityType, key: string): Entity {
    const base = (type === "person" ? koreanNameId(name) : null) ?? entityId(name);
    let id = base;
    for (let n = 2; this.#byId.has(id); n++) id = `${base}-${n}`;
    const e: Entity = { id, name, type, variants: new Set(), roles: new Set() };
    this.#byKey.set(key, e);
    this.#byId.set(id, e);
    return e;
  }

  /**
   * Records that the text wrote an entity's name this way once more.
   *
   * @param e The entity.
   * @param name The name as written.
   * @returns The entity.
   */
  #written(e: Entity, name: string): Entity {
    e.variants.add(name);
    const counts = this.#counts.get(e) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    this.#counts.set(e, counts);
    return e;
  }

  /**
   * Resolves a name to an entity, creating one for a name nobody knows yet.
   *
   * @param name A name as written.
   * @param type The type to give a new entity.
   * @returns The entity.
   */
  resolve(name: string, type: EntityType = guessType(name)): Entity {
    const key = nameKey(name);
    let e = this.#byKey.get(key);
    // "South Korea's NIS": a country before a name the alias file fixes is that entity.
    const owned = e ? null : /^(.+?)['’]s\s+(.+)$/.exec(name);
    // ("S. Korea's NIS": the abbreviated compass word too.)
    if (
      owned?.[1] &&
      owned[2] &&
      owned[1].split(/\s+/).every((w) => PLACE_WORDS.has(w.toLowerCase()) || /^[NS]\.$/.test(w))
    ) {
      const fixed = this.#fixedKeys.has(nameKey(owned[2])) ? this.#byKey.get(nameKey(owned[2])) : undefined;
      if (fixed) e = fixed;
      // "South Korea's Yonhap news agency" is Yonhap: a country before an outlet's name only says where it is.
      else if ((type === "outlet" || guessType(name) === "outlet") && /^\p{Lu}/u.test(owned[2])) {
        const outlet = this.resolve(owned[2], "outlet");
        this.#byKey.set(key, outlet);
        return outlet;
      }
    }
    // "Yonhap News Agency" and "Yonhap", "Kyodo News" and "Kyodo": an outlet's name with and without
    // its generic ending is one outlet.
    // "Ukraine's military intelligence" and "Ukraine's military intelligence agency": a body's
    // description with and without its generic noun is one body.
    if (!e) {
      const outlet = OUTLET_SUFFIX.exec(name)?.[1];
      const body = /\bintelligence(?:\s+(?:agency|service|directorate))?$/i.test(name)
        ? /^(.+?\bintelligence)\s+(?:agency|service|directorate)$/i.exec(name)?.[1]
        : null;
      e =
        this.#knownAs(outlet ? [outlet] : OUTLET_SUFFIXES.map((x) => `${name} ${x}`), "outlet") ??
        (body !== null
          ? this.#knownAs(
              body ? [body] : ["agency", "service", "directorate"].map((x) => `${name} ${x}`),
              "organization",
            )
          : undefined);
      // "Min-jun Park" and "Park Min-jun": a hyphenated given name before or after the family name is
      // one person.
      const pair = e || type !== "person" ? null : /^(\p{Lu}[\p{L}’'-]*)\s+(\p{Lu}[\p{L}’'-]*)$/u.exec(name);
      if (pair?.[1] && pair[2] && pair[1].includes("-") !== pair[2].includes("-"))
        e = this.#knownAs([`${pair[2]} ${pair[1]}`], "person");
      if (e) this.#byKey.set(key, e);
    }
    return this.#written(e ?? this.#create(name, type, key), name);
  }

  /**
   * The first entity of a type known under one of the spellings, if any.
   *
   * @param spellings Spellings to look up.
   * @param type The type it must have.
   * @returns The entity, or undefined.
   */
  #knownAs(spellings: readonly string[], type: EntityType): Entity | undefined {
    for (const c of spellings) {
      const found = this.#byKey.get(nameKey(c));
      if (found?.type === type) return found;
    }
    return undefined;
  }

  /**
   * Gives each entity the display name an editor would pick: the alias file's name, else (for an outlet)
   * a spelling written as a name (no lower-case word but "of", "the" and the like), with the most words,
   * then the most frequent, then the first in alphabetical order.
   */
  finalizeNames(): void {
    for (const e of this.#byId.values()) {
      if (this.#fixedNames.has(e.id) || e.variants.size === 0) continue;
      const counts = this.#counts.get(e) ?? new Map<string, number>();
      const letters = (v: string): number => nameKey(v).length;
      // "Yonhap" before "Yonhap news agency": an outlet's name written as a name first.
      const proper = (v: string): number =>
        e.type !== "outlet" ||
        v.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || /^(?:of|the|for|and|on|in|de|al|van|von)$/.test(w))
          ? 0
          : 1;
      const best = [...e.variants].sort(
        (a, b) =>
          proper(a) - proper(b) ||
          letters(b) - letters(a) ||
          (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
          (a < b ? -1 : a > b ? 1 : 0),
      )[0];
      if (best !== undefined) e.name = best.replace(/^the\s+/i, "The ");
    }
  }

  /** Every entity that was seen in the text, sorted by id. */
  seen(): Entity[] {
    return [...this.#byId.values()]
      .filter((e) => e.variants.size > 0 && !this.#mergedInto.has(e.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /**
   * The one alias-file entity a role word names ("spy agency"), when exactly one has it.
   *
   * @param role Role words.
   * @returns The entity, or undefined when none or several have the role.
   */
  byRole(role: string): Entity | undefined {
    const r = role.toLowerCase().trim();
    if (r === "") return undefined;
    const hits = this.#fixed.filter((e) => [...e.roles].some((x) => x.toLowerCase() === r));
    return hits.length === 1 ? hits[0] : undefined;
  }

  /**
   * Looks an entity up by id, following merges ("HUR" merged into Ukraine's military intelligence agency).
   *
   * @param id Entity id.
   * @returns The entity, or undefined.
   */
  byId(id: string): Entity | undefined {
    let e = this.#byId.get(id);
    for (let seen = 0; e && this.#mergedInto.has(e.id) && seen < 16; seen++) e = this.#mergedInto.get(e.id);
    return e;
  }

  /** Entities merged into another, by id. */
  readonly #mergedInto = new Map<string, Entity>();

  /**
   * Records that a name is another name of an entity ("Ukraine's military intelligence agency, known
   * as HUR"): the name resolves to it from now on, in every article, and an entity already made for
   * the name is merged into it (into the alias file's, when one of the two is).
   *
   * @param name The other name as written.
   * @param entity The entity it names.
   */
  alsoKnownAs(name: string, entity: Entity): void {
    const target = this.byId(entity.id) ?? entity;
    const key = nameKey(name);
    const existing = this.#byKey.get(key);
    const other = existing ? (this.byId(existing.id) ?? existing) : undefined;
    if (other === target) return;
    if (!other) {
      this.#byKey.set(key, target);
      return;
    }
    const otherFixed = this.#fixedNames.has(other.id);
    if (otherFixed && this.#fixedNames.has(target.id)) return;
    const [from, into] = otherFixed ? [target, other] : [other, target];
    for (const [k, e] of this.#byKey) if (e === from) this.#byKey.set(k, into);
    this.#mergedInto.set(from.id, into);
    for (const v of from.variants) into.variants.add(v);
    for (const r of from.roles) into.roles.add(r);
    const counts = this.#counts.get(into) ?? new Map<string, number>();
    for (const [v, n] of this.#counts.get(from) ?? []) counts.set(v, (counts.get(v) ?? 0) + n);
    this.#counts.set(into, counts);
  }
}

/**
 * The shared vocabulary every stage reads: currencies with their codes, signs and words, the
 * reference exchange rates, entity types, name keys and place words. It sits at the bottom of the
 * import graph and imports nothing, so that extraction, comparison, search and the pages all read
 * one list instead of keeping their own.
 */

/** Currency codes a figure may carry. */
export const CURRENCY_CODES = ["USD", "GBP", "EUR", "KPW", "KRW", "RUB"] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** How a currency is written and named. */
export interface CurrencySpec {
  readonly code: CurrencyCode;
  /** The sign written before the number, when the currency has one of its own. */
  readonly sign: string | null;
  /** Words written after a number, each as its lower-case words ("pounds sterling"), longest first. */
  readonly words: readonly (readonly string[])[];
  /** Words a search query may use for it. */
  readonly queryWords: readonly string[];
  /** How the site names it in a sentence. */
  readonly name: string;
  /** How the site names it after an amount ("2.7 million South Korean won"), when it has no sign. */
  readonly amountWord: string | null;
}

/** Every currency, in the order of `CURRENCY_CODES`. */
export const CURRENCIES: readonly CurrencySpec[] = [
  {
    code: "USD",
    sign: "$",
    words: [
      ["us", "dollars"],
      ["us", "dollar"],
      ["u", ".", "s", ".", "dollars"],
      ["american", "dollars"],
      ["dollars"],
      ["dollar"],
    ],
    queryWords: ["$", "usd", "dollar", "dollars", "us$"],
    name: "US dollars",
    amountWord: null,
  },
  {
    code: "GBP",
    sign: "£",
    words: [["pounds", "sterling"], ["pounds"], ["pound"], ["sterling"]],
    queryWords: ["£", "gbp", "pound", "pounds", "sterling"],
    name: "pounds sterling",
    amountWord: null,
  },
  {
    code: "EUR",
    sign: "€",
    words: [["euros"], ["euro"]],
    queryWords: ["€", "eur", "euro", "euros"],
    name: "euros",
    amountWord: null,
  },
  {
    code: "KPW",
    sign: null,
    words: [["north", "korean", "won"]],
    queryWords: ["kpw"],
    name: "North Korean won",
    amountWord: "North Korean won",
  },
  {
    code: "KRW",
    sign: null,
    words: [["south", "korean", "won"]],
    queryWords: ["krw"],
    name: "South Korean won",
    amountWord: "South Korean won",
  },
  {
    code: "RUB",
    sign: "₽",
    words: [["rubles"], ["roubles"], ["ruble"], ["rouble"]],
    queryWords: ["₽", "rub", "ruble", "rubles", "rouble", "roubles"],
    name: "roubles",
    amountWord: "roubles",
  },
];

/** The currency of a code. */
export const CURRENCY_BY_CODE: ReadonlyMap<string, CurrencySpec> = new Map(CURRENCIES.map((c) => [c.code, c]));

/**
 * Whether a unit code is a currency.
 *
 * @param unit A unit code.
 * @returns True for the codes of `CURRENCY_CODES`.
 */
export function isCurrency(unit: string): unit is CurrencyCode {
  return CURRENCY_BY_CODE.has(unit);
}

/**
 * Yearly average exchange rates (units of the currency per US dollar), rounded. Extraction uses
 * them to size an amount; comparison uses them to judge whether a bracketed conversion is plausible
 * for its date. The North Korean won has no market rate and is left out.
 */
export const REFERENCE_RATES: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  GBP: { 2022: 0.81, 2023: 0.8, 2024: 0.78, 2025: 0.75, 2026: 0.74 },
  EUR: { 2022: 0.95, 2023: 0.92, 2024: 0.92, 2025: 0.89, 2026: 0.86 },
  KRW: { 2022: 1292, 2023: 1306, 2024: 1364, 2025: 1420, 2026: 1400 },
  RUB: { 2022: 68, 2023: 85, 2024: 92, 2025: 85, 2026: 82 },
};

/**
 * For a currency whose rate moved far within a year, the lowest and the highest rate of each year (units per
 * US dollar, rounded): the rouble stood near 100 to the dollar at the start of 2025 and near 80 by the middle,
 * so a conversion is plausible anywhere in that span, not only near the year's average.
 */
export const REFERENCE_RATE_RANGES: Readonly<Record<string, Readonly<Record<number, readonly [number, number]>>>> = {
  RUB: { 2022: [58, 110], 2023: [68, 97], 2024: [86, 103], 2025: [78, 102], 2026: [75, 90] },
};

/** The year whose rate sizes an amount when its own date is not at hand. */
const RATE_YEAR = 2024;

/**
 * Units of a currency per US dollar, for sizing an amount.
 *
 * @param code A currency code.
 * @param year The year of the figure, when known.
 * @returns The rate, 1 for dollars, or null when no rate is known.
 */
export function perDollar(code: string, year: number | null = null): number | null {
  if (code === "USD") return 1;
  const table = REFERENCE_RATES[code];
  if (!table) return null;
  return table[year ?? RATE_YEAR] ?? table[RATE_YEAR] ?? null;
}

/** What sort of entity a name stands for. */
export const ENTITY_TYPES = ["person", "organization", "group", "outlet"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Folds a name for comparison: case, hyphens, apostrophes, spaces and a leading "the" do not count.
 *
 * @param name A name as written.
 * @returns The folded key.
 */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    // The same few names come back in every sentence: fold each spelling once.
    if (NAME_KEYS.size > 50_000) NAME_KEYS.clear();
    key = foldName(name);
    NAME_KEYS.set(name, key);
  }
  return key;
}

const NAME_KEYS = new Map<string, string>();

/** Korean family names as romanised, for the given names written after them. */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    "kim lee yi rhee ri park pak choi choe jung jeong chung cho jo kang yoon yun jang chang lim im han oh seo suh " +
    "shin sin kwon gwon hwang ahn an song yoo yu ryu hong jeon chon ko go moon mun yang son sohn bae baek paek " +
    "heo huh nam noh roh no ha kwak sung seong cha joo ju woo wu na jin min ji um eom byun chae won pyo"
  ).split(" "),
);

/** A lower-cased name of a family name and a given name of one or two parts: "kang min-seok", "kim seong ho". */
const FAMILY_THEN_GIVEN = /^([a-z]+)\s+([a-z]+(?:[-\s][a-z]+)?)$/;

/**
 * "Kang Min-seok" and "Kang Min-suk": a Korean given name romanised two ways ("eo" or "u", "eu" or
 * "u", "oo" or "u") after a Korean family name is one name. Other names are left as written.
 *
 * @param lower A lower-cased name.
 * @returns The name, its given name folded when it is a Korean one.
 */
function foldKoreanGivenName(lower: string): string {
  const m = FAMILY_THEN_GIVEN.exec(lower);
  if (!m?.[1] || !m[2] || !KOREAN_FAMILY_NAMES.has(m[1])) return lower;
  return `${m[1]} ${m[2].replace(/eo|eu|oo|ou/g, "u")}`;
}

/**
 * The id of a Korean name, the same for every way of writing the given name apart ("Kim Seong-ho", "Kim
 * Seong Ho", "Kim Seongho" and "Seong-ho Kim" are all `kim-seongho`), so that a person's address does not
 * change with the spelling an article added later writes first. Other names have none.
 *
 * @param name A name as written.
 * @returns The id, or null when the name is not a Korean family name followed by a given name.
 */
export function koreanNameId(name: string): string | null {
  const lower = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
  const m = FAMILY_THEN_GIVEN.exec(lower);
  if (m?.[1] && m[2] && KOREAN_FAMILY_NAMES.has(m[1])) return `${m[1]}-${m[2].replace(/[-\s]/g, "")}`;
  // ("Min-jun Park", the given name first, is the "Park Min-jun" of another article.)
  const w = /^([a-z]+)-([a-z]+)\s+([a-z]+)$/.exec(lower);
  if (w?.[1] && w[2] && w[3] && KOREAN_FAMILY_NAMES.has(w[3])) return `${w[3]}-${w[1]}${w[2]}`;
  return null;
}

/**
 * Folds one spelling (see `nameKey`).
 *
 * @param name A name as written.
 * @returns The folded key.
 */
/** Capitals whose possessive stands for their country's bodies. */
const CAPITAL_COUNTRY: Readonly<Record<string, string>> = {
  seoul: "south korea",
  kyiv: "ukraine",
  kiev: "ukraine",
  moscow: "russia",
  pyongyang: "north korea",
  tokyo: "japan",
  beijing: "china",
};

function foldName(name: string): string {
  return (
    foldKoreanGivenName(name.normalize("NFKC").toLowerCase())
      .replace(/[’‘`]/g, "'")
      // "S. Korea's spy agency" is South Korea's, as Korean outlets abbreviate it.
      .replace(/\b([sn])\.\s*(?=korea)/g, (_, d: string) => (d === "s" ? "south " : "north "))
      .replace(/^the\s+/, "")
      // "Seoul's Joint Chiefs of Staff" is South Korea's: a capital's possessive stands for its country's.
      .replace(
        /^(seoul|kyiv|kiev|moscow|pyongyang|tokyo|beijing)'s\s+/,
        (_, c: string) => `${CAPITAL_COUNTRY[c] ?? c}'s `,
      )
      .replace(/'s\b/g, "s")
      .replace(/[^a-z0-9]+/g, "")
  );
}

/** Plural nouns that name an unnamed group of speakers ("officials", "analysts", "media reports"). */
export const GROUP_NOUNS_RE =
  /\b(officials|observers|defectors|experts|analysts|soldiers|sources|lawmakers|diplomats|researchers|reports|estimates|intelligence|officers|activists|authorities|specialists|media|traders|merchants|residents|economists|relatives|families|parents|villagers|neighbou?rs|locals|commentators|pundits|critics|bloggers|scholars|journalists)\b/i;

/** Names of countries, capitals and places ("Ukraine", "Seoul", "Kursk"), and the compass words of such names. */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  (
    "north south east west korea russia ukraine china japan america us u.s. uk u.k. britain europe seoul pyongyang " +
    "moscow kyiv kiev beijing kursk washington london norway germany france poland lithuania latvia estonia finland " +
    "sweden canada australia belarus iran india tokyo berlin paris warsaw cuba nepal syria vietnam mongolia laos " +
    "pakistan bangladesh taiwan turkey israel italy spain havana kathmandu hanoi delhi"
  ).split(" "),
);

/** Words of nationality ("Ukrainian", "Soviet"): they describe, they name no country. */
const NATIONALITY_WORDS =
  "korean koreans russian russians ukrainian ukrainians chinese japanese american americans british european soviet " +
  "norwegian german french polish lithuanian latvian estonian finnish swedish canadian australian belarusian " +
  "iranian indian";

/** The words that end a street's name in an address ("1200 Harbor Blvd.", "Soldiers Field Road"), in lower case. */
export const STREET_WORDS: readonly string[] = [
  "blvd",
  "boulevard",
  "street",
  "st",
  "avenue",
  "ave",
  "road",
  "rd",
  "lane",
  "drive",
  "plaza",
  "square",
];

/** Words of place and nationality: a name made only of these is not a person. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_NAMES,
  ...NATIONALITY_WORDS.split(" "),
  // Languages ("as he signs his name in English").
  "english",
]);
/** Words of nationality alone ("korean", "ukrainian"). */
export const NATIONALITIES: ReadonlySet<string> = new Set(NATIONALITY_WORDS.split(" "));

/** Countries and unions whose names are not made of place words: bodies, never people. */
export const STATE_NAMES =
  /^(?:the\s+)?(?:united\s+(?:states(?:\s+of\s+america)?|kingdom|nations)|european\s+union|new\s+zealand|czech\s+republic|sri\s+lanka|new\s+delhi|russian\s+federation|(?:democratic\s+people['’]s\s+)?republic\s+of\s+korea)$/i;

/**
 * Words that present a total as worked out from a rate: "which translates to", "that amounts to", "multiply
 * that by … and you get", "(At $2,000 a month) for each of the 11,000 soldiers, the deployment brings in".
 */
export const DERIVATION_CUE =
  /\b(?:which|that|this)\s+(?:translates|amounts|adds up|works out|comes to)\b|\bmeaning\b|\bmultiply\b[^.;]*\band\s+you\s+(?:have|get)\b|\bfor each of (?:the\s+|its\s+|their\s+)?[\d,.]+\s+[a-z]+,[^.;]*?\b(?:brings? in|bringing in|comes? to|totals?|adds? up to|amounts? to)\b/i;

/**
 * How many of a period's amounts make a month ("$66 a day" is about $2,000 a month), so that rates of
 * different periods compare: a month is a twelfth of a year, of 365 days or 52 weeks.
 */
export const PER_MONTH: Readonly<Record<"day" | "week" | "month" | "year", number>> = {
  day: 365 / 12,
  week: 52 / 12,
  month: 1,
  year: 1 / 12,
};

/**
 * A stretch of several months or years a sum covers: "over two years", "in 18 months", "for the next three
 * years". The count and the unit are captured.
 */
export const SEVERAL_PERIODS =
  /\b(?:over|in|for|across|during|within)\s+(?:the\s+(?:next|past|last|first|coming)\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|a\s+few|\d+)\s+(years|months)\b/i;

/** A country's adjective and the country it names, for "the Ukrainian figure of 6,000". */
export const COUNTRY_OF_ADJECTIVE: Readonly<Record<string, string>> = {
  us: "the United States",
  "u.s.": "the United States",
  american: "the United States",
  ukrainian: "Ukraine",
  "south korean": "South Korea",
  "north korean": "North Korea",
  japanese: "Japan",
  british: "Britain",
  russian: "Russia",
  german: "Germany",
  french: "France",
  polish: "Poland",
  lithuanian: "Lithuania",
  chinese: "China",
};

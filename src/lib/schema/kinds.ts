/**
 * The kinds of claim, in one declarative registry. The classifier reads the cues
 * from here, so a kind can be added without touching the parser.
 */

/** What a kind expects of a figure and which words of its clause point to it. */
export interface KindSpec {
  /** Kind id, as used by the reference annotations. */
  readonly id: string;
  /** Short label for badges and tables. */
  readonly label: string;
  /** One-line definition for the about page. */
  readonly description: string;
  /** Whether claims of this kind form topics compared across articles. */
  readonly topic: boolean;
  /** Unit classes the figure must have: money, percent, count, year, duration, age. */
  readonly units: readonly UnitClass[];
  /** Word stems of the clause that point to this kind (matched as whole-word prefixes, lower case). */
  readonly cues: readonly string[];
  /** Word stems that rule the kind out for this figure. */
  readonly vetoes: readonly string[];
  /** Base priority when several kinds match equally well (higher wins). */
  readonly priority: number;
  /** The topic the kind's claims are compared in (several kinds may share one), or null. */
  readonly topicId: string | null;
  /** The topic's question, as its page title. */
  readonly question: string;
  /** Whether a figure of this kind changes over time, so that counts of different dates form a timeline. */
  readonly timeSensitive: boolean; /**
   * Whether a count of this kind runs to date and never falls (losses so far): a later count lower
   * than an earlier one is then not explained by time.
   */
  readonly accumulates: boolean;
}

/** The broad class of a figure's unit. */
export type UnitClass = "money" | "percent" | "count" | "year" | "duration" | "age";

export const KINDS = [
  {
    id: "troops-deployed",
    label: "Troops deployed",
    description: "North Korean soldiers sent to or stationed in Russia (a head count, as of the report).",
    topic: true,
    units: ["count"],
    cues: [
      "soldier",
      "troop",
      "personnel",
      "sent",
      "send",
      "deploy",
      "dispatch",
      "station",
      "arriv",
      "mass",
      "train",
      "in russia",
      "to russia",
      "there",
    ],
    vetoes: [
      "killed",
      "dead",
      "death",
      "died",
      "die ",
      "fatalit",
      "perish",
      "slain",
      "eliminated",
      "wiped out",
      "wounded",
      "injur",
      "casualt",
      "captured",
      "military with",
      "militar",
      "army of",
      "famine",
      "worker",
      "labourer",
      "laborer",
      "prisoner",
    ],
    priority: 2,
    topicId: "troops-deployed",
    question: "How many North Korean soldiers has Russia received?",
    timeSensitive: true,
    accumulates: false,
  },
  {
    id: "troops-projected",
    label: "Troops projected",
    description: "A forecast or cumulative projection of that head count.",
    topic: true,
    units: ["count"],
    cues: [
      "could",
      "would",
      "may",
      "might",
      "escalat",
      "rise",
      "grow",
      "increas",
      "reach",
      "expect",
      "plan",
      "over a year",
      "per year",
      "a year",
      "up to",
      "pass through",
      "rotate through",
    ],
    vetoes: ["killed", "dead", "wounded", "injur", "casualt", "famine", "militar", "already"],
    priority: 1,
    topicId: "troops-projected",
    question: "How many North Korean soldiers could Russia receive?",
    timeSensitive: true,
    accumulates: false,
  },
  {
    id: "pay-per-soldier",
    label: "Pay per soldier",
    description: "What Russia pays for each soldier (USD, per month).",
    topic: true,
    units: ["money"],
    cues: [
      "salar",
      "pay",
      "paid",
      "wage",
      "compensat",
      "earn",
      "allowance",
      "fee",
      "each soldier",
      "per soldier",
      "per person",
      "per head",
      "every soldier",
      "each man",
    ],
    vetoes: ["worker", "general", "in north korea", "average", "gdp"],
    priority: 2,
    topicId: "pay-per-soldier",
    question: "What does Russia pay per soldier?",
    timeSensitive: false,
    accumulates: false,
  },
  {
    id: "pay-total",
    label: "Total pay",
    description: "Total paid for the deployment.",
    topic: true,
    units: ["money"],
    cues: [
      "total",
      "translat",
      "in all",
      "altogether",
      "for",
      "earn",
      "shell out",
      "shells out",
      "shelled out",
      "shelling out",
      "million",
      "billion",
    ],
    vetoes: ["gdp", "economy", "budget"],
    priority: 1,
    topicId: "pay-total",
    question: "How much does Russia pay for the deployment in total?",
    timeSensitive: false,
    accumulates: false,
  },
  {
    id: "regime-share",
    label: "Regime's share",
    description: "Share of the pay kept by the North Korean state (percent).",
    topic: true,
    units: ["percent"],
    cues: [
      "coffer",
      "pocket",
      "keep",
      "kept",
      "regime",
      "state",
      "go into",
      "go to",
      "go directly",
      "allowance",
      "earning",
      "confiscat",
      "taken",
      "take",
      "stays in",
      "stay in",
      "ends up in",
      "never reach",
      "does not reach",
      "never passed on",
      "not passed on",
      "never handed",
      "siphon",
      "skim",
      "withh",
      "pays",
      "paid",
      "salar",
      "wage",
    ],
    vetoes: ["gdp", "defen", "casualt", "force", "killed", "wounded", "worker", "labourer", "laborer"],
    priority: 2,
    topicId: "regime-share",
    question: "How much of the pay does the regime keep?",
    timeSensitive: false,
    accumulates: false,
  },
  {
    id: "soldier-take-home",
    label: "Soldier's take-home",
    description: "What a soldier actually receives.",
    topic: true,
    units: ["money"],
    cues: [
      "end up",
      "receive",
      "take home",
      "take-home",
      "actually",
      "only",
      "remainder",
      "left with",
      "promised",
      "told to expect",
      "lump sum",
    ],
    vetoes: ["worker", "general", "gdp"],
    priority: 1,
    topicId: "soldier-take-home",
    question: "What does a soldier actually take home?",
    timeSensitive: false,
    accumulates: false,
  },
  {
    id: "casualties-killed",
    label: "Killed",
    description: "Soldiers of this deployment killed.",
    topic: true,
    units: ["count"],
    cues: [
      "killed",
      "dead",
      "death",
      "died",
      "fatalit",
      "lost their lives",
      "kia",
      "perish",
      "slain",
      "eliminated",
      "wiped out",
    ],
    vetoes: ["famine", "civilian"],
    priority: 3,
    topicId: "casualties",
    question: "How many have been killed or wounded?",
    timeSensitive: true,
    accumulates: true,
  },
  {
    id: "casualties-wounded",
    label: "Wounded",
    description: "Soldiers of this deployment wounded.",
    topic: true,
    units: ["count"],
    cues: ["wounded", "injur", "hurt"],
    vetoes: ["famine", "civilian"],
    priority: 3,
    topicId: "casualties",
    question: "How many have been killed or wounded?",
    timeSensitive: true,
    accumulates: true,
  },
  {
    id: "casualties-total",
    label: "Casualties",
    description: "Casualties of this deployment counted together (killed, wounded, missing, captured).",
    topic: true,
    units: ["count"],
    cues: ["casualt", "killed or wounded", "dead or wounded", "losses", "lost", "out of action"],
    vetoes: ["famine", "civilian"],
    priority: 2,
    topicId: "casualties",
    question: "How many have been killed or wounded?",
    timeSensitive: true,
    accumulates: true,
  },
  {
    id: "casualty-rate",
    label: "Casualty rate",
    description: "Casualties as a share of the deployed force (percent).",
    topic: true,
    units: ["percent"],
    cues: ["casualt", "killed", "wounded", "injured", "dead", "died", "loss", "lost", "out of action"],
    vetoes: [],
    priority: 3,
    topicId: "casualties",
    question: "How many have been killed or wounded?",
    timeSensitive: true,
    accumulates: false,
  },
  {
    id: "domestic-wage",
    label: "Pay at home",
    description: "Pay inside North Korea, for comparison.",
    topic: false,
    units: ["money"],
    cues: ["in north korea", "at home", "worker", "general", "average", "ordinary", "in the military", "ration", "won"],
    vetoes: [],
    priority: 2,
    topicId: "domestic-wage",
    question: "What are soldiers and workers paid inside North Korea?",
    timeSensitive: false,
    accumulates: false,
  },
  {
    id: "biography",
    label: "Biography",
    description:
      "A dated fact about a person the article describes, quoted or not (defection year, service years, age).",
    topic: false,
    units: ["year", "age"],
    cues: [
      "defect",
      "served",
      "serving",
      "drafted",
      "conscript",
      "born",
      "fled",
      "escaped",
      "joined",
      "enlisted",
      "aged",
    ],
    vetoes: [],
    priority: 2,
    topicId: null,
    question: "What do the articles say about the people they quote?",
    timeSensitive: false,
    accumulates: false,
  },
  {
    id: "context",
    label: "Context",
    description: "Other figures (military size, GDP, defence share of GDP, rotation period).",
    topic: false,
    units: ["money", "percent", "count", "duration"],
    cues: [],
    vetoes: [],
    priority: 0,
    topicId: null,
    question: "Other figures",
    timeSensitive: false,
    accumulates: false,
  },
] as const satisfies readonly KindSpec[];

/** A kind id. */
export type KindId = (typeof KINDS)[number]["id"];

/** Every kind id, in registry order. */
export const KIND_IDS = KINDS.map((k) => k.id) as unknown as readonly [KindId, ...KindId[]];

const byId: ReadonlyMap<string, KindSpec> = new Map(KINDS.map((k) => [k.id, k]));

/**
 * Looks a kind up by id.
 *
 * @param id Kind id.
 * @returns The kind's spec.
 */
export function kindSpec(id: KindId): KindSpec {
  const spec = byId.get(id);
  if (!spec) throw new Error(`unknown kind ${id}`);
  return spec;
}

/**
 * Whether a kind's figures are themselves a moment (a year) or an age at an event, so that no "as of"
 * date applies: a defection in 2014 is not true "as of" the day an article mentions it.
 *
 * @param id Kind id.
 * @returns True for kinds counted only in years or ages.
 */
export function isEventFactKind(id: KindId): boolean {
  return kindSpec(id).units.every((u) => u === "year" || u === "age");
}

/** Kinds that form topics compared across articles. */
export const TOPIC_KINDS: ReadonlySet<KindId> = new Set(KINDS.filter((k) => k.topic).map((k) => k.id));

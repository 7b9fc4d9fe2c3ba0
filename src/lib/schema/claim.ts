import { z } from "zod";
import { KIND_IDS } from "./kinds.ts";
import { CURRENCY_CODES } from "./vocabulary.ts";

/** Unit codes a normalized value may carry. */
export const UNITS = [...CURRENCY_CODES, "percent", "people", "year", "month", "years-of-age", "number"] as const;

export const UnitSchema = z.enum(UNITS);
export type Unit = z.output<typeof UnitSchema>;

/** Periods a rate may be expressed in. */
export const PeriodSchema = z.enum(["day", "week", "month", "year"]);
export type Period = z.output<typeof PeriodSchema>;

/** A value written in brackets beside the figure, e.g. the `£15.5m` in `$20m (£15.5m)`. */
export const AlternateSchema = z
  .object({
    /** The exact words of the conversion as written. */
    text: z.string().min(1),
    /** Lower bound, or null when open. */
    min: z.number().nullable(),
    /** Upper bound, or null when open. */
    max: z.number().nullable(),
    /** Unit code of the conversion. */
    unit: UnitSchema,
  })
  .strict();
export type Alternate = z.output<typeof AlternateSchema>;

/** A figure normalized to an interval with a unit and an optional period. */
export const ValueSchema = z
  .object({
    /** Lower bound; null when the text gives none ("up to 95 per cent"). */
    min: z.number().nullable(),
    /** Upper bound; null when the text gives none ("at least 12,000"). */
    max: z.number().nullable(),
    /** Unit code. */
    unit: UnitSchema,
    /** The period of a rate ("a month"), or null. */
    per: PeriodSchema.nullable(),
    /** True when the text hedges the figure ("about", "approximately"). */
    approx: z.boolean(),
    /** The bracketed conversion written beside the figure, if any. */
    alternate: AlternateSchema.optional(),
  })
  .strict()
  .refine((v) => v.min !== null || v.max !== null, { message: "a value needs a min or a max" })
  .refine((v) => v.min === null || v.max === null || v.min <= v.max, { message: "min must not exceed max" });
export type Value = z.output<typeof ValueSchema>;

/** A person or body named in the text, resolved to a stable id. */
export const EntityRefSchema = z
  .object({
    /** Stable id (kebab-case), shared by every spelling of the same entity. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Display name. */
    name: z.string().min(1),
  })
  .strict();
export type EntityRef = z.output<typeof EntityRefSchema>;

/** Whether the sentence asserts the figure or rejects it. */
export const StanceSchema = z.enum(["asserts", "disputes"]);

/** One figure asserted in one article, with where it stands and who is credited. */
export const ClaimSchema = z
  .object({
    /** Stable permalink id: article slug, readable figure, and the figure's offset in the body. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Slug of the article the claim comes from. */
    article: z.string().min(1),
    /** Kind from the registry in `kinds.ts`. */
    kind: z.enum(KIND_IDS),
    /** The whole sentence, an exact substring of the article body. */
    quote: z.string().min(1),
    /** Offset of `quote` in the body (UTF-16 code units). */
    quoteStart: z.number().int().nonnegative(),
    /** The figure's exact words, a substring of `quote`. */
    figure: z.string().min(1),
    /** Offset of `figure` in the body (UTF-16 code units). */
    figureStart: z.number().int().nonnegative(),
    /** 1-based line of the figure in the article file. */
    line: z.number().int().positive(),
    /** The normalized value. */
    value: ValueSchema,
    /** True for vague amounts such as "thousands". */
    vague: z.boolean(),
    /** True for a stance without a number ("never shared this money"). */
    qualitative: z.boolean(),
    /** Who the text credits, or null for the outlet's own statement. */
    attributedTo: EntityRefSchema.nullable(),
    /** How the attribution was found (e.g. "said-after", "pronoun", "quote-continuation"). */
    attributionMethod: z.string().nullable(),
    /** True when a bare surname could mean more than one person and was resolved by proximity. */
    attributionAmbiguous: z.boolean(),
    /**
     * The words the text uses for the credited source when the credit was resolved from them: a
     * pronoun ("he") or a description ("the Ukrainian president"). Absent when the text names it.
     * With `attributedTo` null: the words of a speaker the text credits but the site cannot identify
     * ("the person", "they").
     */
    attributedAs: z.string().min(1).optional(),
    /** The relaying outlets or programmes, outermost first. */
    via: z.array(EntityRefSchema),
    /** Hedge and certainty words as written ("allegedly", "estimated"). */
    hedges: z.array(z.string()),
    /** As-of date (ISO) from the sentence or the article, or null when unknown. */
    asOf: z.string().nullable(),
    /** Where `asOf` came from ("editor": a correction set it). */
    asOfSource: z.enum(["sentence", "heading", "article", "editor", "unknown"]),
    /** The sentence names only a month or a year (`asOf` is then its first day). */
    asOfPrecision: z.enum(["month", "year"]).optional(),
    /** How the sentence's words give the date when they do not write it out ("“last week”: …"). */
    asOfNote: z.string().min(1).optional(),
    /**
     * The sentence gives the figure as an earlier value that another of its figures replaces ("about
     * 12,000, up from 11,000", "revised to 6,200 from 4,700", "had previously put"). Absent otherwise.
     */
    earlier: z.literal(true).optional(),
    /** Who or what the figure is about (the defector, for a defection year), or null. */
    subject: EntityRefSchema.nullable(),
    /**
     * The time the figure describes as the text words it, when that is not the article's time: a
     * speaker's own past ("when I was in the military"). `asOf` is then left unknown unless the
     * sentence writes a date. Absent or null otherwise.
     */
    during: z.string().nullable().optional(),
    /** Scope words that narrow what is counted ("the western front line"), or null. */
    scope: z.string().nullable(),
    /** Whether the text asserts the figure or disputes it. */
    stance: StanceSchema,
    /** Who disputes the figure in the same sentence, when someone does. */
    disputedBy: EntityRefSchema.nullable(),
    /**
     * Who passed the credited source's figure on, when that is a person rather than a publication: a
     * lawmaker relaying an intelligence briefing ("Lee said" after a briefing by the spy agency credits
     * the agency; Lee goes here). `via` keeps the publications. Absent or null when nobody relays.
     */
    relayedBy: EntityRefSchema.nullable().optional(),
    /** The source the credited speaker says they rely on ("according to media reports"), or null. */
    citedSource: EntityRefSchema.nullable(),
    /** For a total: the head count it is computed for ("for 10,000 soldiers"), or null. */
    basis: z
      .strictObject({
        count: z.number().positive(),
        text: z.string().min(1),
        /**
         * True when the total is the text's own arithmetic (a rate times this head count), not a figure
         * the credited source gave; the credit stays the sentence's.
         */
        derived: z.boolean().optional(),
        /** Ids of the claims the total multiplies (the per-soldier rate), in the same article. */
        inputs: z.array(z.string()).optional(),
        /** Who the rate it multiplies is credited to, when that claim credits anyone. */
        rateBy: EntityRefSchema.optional(),
      })
      .nullable(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const inQuote = c.figureStart - c.quoteStart;
    if (inQuote < 0 || c.quote.slice(inQuote, inQuote + c.figure.length) !== c.figure) {
      ctx.addIssue({ code: "custom", path: ["figure"], message: "figure must lie inside quote at figureStart" });
    }
  });
export type Claim = z.output<typeof ClaimSchema>;

/** A number the extractor saw and did not turn into a claim, with the reason. */
export const SkippedSchema = z
  .object({
    /** Slug of the article. */
    article: z.string(),
    /** The words of the number as written. */
    text: z.string(),
    /** Offset in the body. */
    start: z.number().int().nonnegative(),
    /** 1-based line in the article file. */
    line: z.number().int().positive(),
    /** Why it is not a claim. */
    reason: z.string(),
    /** The sentence or block it stands in. */
    context: z.string(),
  })
  .strict();
export type Skipped = z.output<typeof SkippedSchema>;

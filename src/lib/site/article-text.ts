/**
 * Lays claims over an article's blocks for rendering: which blocks may be quoted, where each
 * figure's mark goes and which stretch is the claim's sentence. Works on the offsets the pipeline
 * gives; the text itself is passed through as plain strings for the page to escape.
 */
import { blockInlineText, splitBlocks, type Block, type BlockType } from "../extract/blocks.ts";

/** A figure to mark, by body offsets. */
export interface MarkSpan {
  /** Claim id: the mark's `id` on the article page. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A stretch of text, marked or not. */
export interface TextPart {
  readonly text: string;
  /** The claim whose figure this is, or null. */
  readonly mark: string | null;
}

/** Consecutive parts inside or outside the emphasized sentence. */
export interface TextRun {
  readonly emphasis: boolean;
  readonly parts: readonly TextPart[];
}

/** A block ready to render. */
export interface RenderedBlock {
  readonly kind: "block";
  readonly index: number;
  readonly type: Exclude<BlockType, "blank">;
  readonly runs: readonly TextRun[];
}

/** Text left out between quoted blocks. */
export interface Gap {
  readonly kind: "gap";
  /** Index of the first omitted block, for a stable key. */
  readonly index: number;
}

/** A range of body offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether two half-open ranges share a character.
 *
 * @param a One range.
 * @param b The other.
 * @returns True when they overlap.
 */
function touches(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Renders one block: its visible text, with marks and an optional emphasized stretch.
 * Overlapping marks are clipped so that each figure keeps its own element; a mark clipped
 * to nothing is kept as an empty part so that its id still exists on the page.
 *
 * @param block A block of the body.
 * @param marks Figures to mark (body offsets); those outside the block are ignored.
 * @param emphasis Body range to emphasize (the claim's sentence), or null.
 * @returns Runs of parts.
 */
export function renderBlock(block: Block, marks: readonly MarkSpan[], emphasis: Span | null): RenderedBlock {
  const { text, map } = blockInlineText(block);
  // Visible index of the first character at or after a body offset.
  const at = (offset: number): number => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((map[mid] ?? Infinity) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const blockSpan = { start: block.start, end: block.end };
  const local = marks
    .filter((m) => touches(m, blockSpan))
    .map((m) => ({ id: m.id, start: at(m.start), end: at(m.end) }))
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let reach = 0;
  const clipped = local.map((m) => {
    const start = Math.max(m.start, reach);
    const end = Math.max(m.end, start);
    reach = end;
    return { id: m.id, start, end };
  });
  const emph =
    emphasis !== null && touches(emphasis, blockSpan) ? { start: at(emphasis.start), end: at(emphasis.end) } : null;

  const cuts = new Set<number>([0, text.length]);
  for (const m of clipped) cuts.add(m.start).add(m.end);
  if (emph) cuts.add(emph.start).add(emph.end);
  const points = [...cuts].sort((a, b) => a - b);

  const runs: { emphasis: boolean; parts: TextPart[] }[] = [];
  const push = (part: TextPart, emphasized: boolean): void => {
    const last = runs[runs.length - 1];
    if (last && last.emphasis === emphasized) last.parts.push(part);
    else runs.push({ emphasis: emphasized, parts: [part] });
  };
  const inEmph = (i: number): boolean => emph !== null && i >= emph.start && i < emph.end;
  for (let k = 0; k < points.length; k++) {
    const p = points[k] ?? 0;
    for (const m of clipped) if (m.start === p && m.end === p) push({ text: "", mark: m.id }, inEmph(p));
    const q = points[k + 1];
    if (q === undefined || q === p) continue;
    const m = clipped.find((x) => x.start <= p && x.end >= q && x.end > x.start);
    push({ text: text.slice(p, q), mark: m?.id ?? null }, inEmph(p));
  }
  return { kind: "block", index: block.index, type: block.type === "blank" ? "prose" : block.type, runs };
}

/**
 * The article text as the reader page shows it: every block when the publisher allows the full
 * text, otherwise only the blocks that carry a claim's sentence or one of the context sentences
 * (a speaker's stance, a sentence naming a speaker), with a gap wherever text is left out.
 *
 * @param body The article body.
 * @param claims The article's claims (quote and figure offsets).
 * @param fullText Whether the whole text may be shown.
 * @param context Sentences to keep beside the figures (body offsets).
 * @param split The body's blocks, when already split.
 * @returns Blocks and gaps in reading order.
 */
export function articleExcerpt(
  body: string,
  claims: readonly {
    readonly id: string;
    readonly quoteStart: number;
    readonly quote: string;
    readonly figureStart: number;
    readonly figure: string;
  }[],
  fullText: boolean,
  context: readonly Span[] = [],
  split: readonly Block[] = splitBlocks(body),
): (RenderedBlock | Gap)[] {
  const blocks = split.filter((b) => b.type !== "blank");
  const marks = claims.map((c) => ({ id: c.id, start: c.figureStart, end: c.figureStart + c.figure.length }));
  const quotes = claims.map((c) => ({ start: c.quoteStart, end: c.quoteStart + c.quote.length }));
  const out: (RenderedBlock | Gap)[] = [];
  let omitted: number | null = null;
  for (const b of blocks) {
    const carries =
      quotes.some((q) => touches(q, b)) || marks.some((m) => touches(m, b)) || context.some((x) => touches(x, b));
    if (fullText || carries) {
      if (omitted !== null) out.push({ kind: "gap", index: omitted });
      omitted = null;
      out.push(renderBlock(b, marks, null));
    } else {
      omitted ??= b.index;
    }
  }
  if (omitted !== null) out.push({ kind: "gap", index: omitted });
  return out;
}

/**
 * The paragraph(s) that hold a claim's sentence, with the sentence emphasized and the figure marked.
 *
 * @param body The article body.
 * @param claim The claim.
 * @param split The body's blocks, when already split (a claim page then does not split the article again).
 * @returns Rendered blocks.
 */
export function claimContext(
  body: string,
  claim: {
    readonly id: string;
    readonly quoteStart: number;
    readonly quote: string;
    readonly figureStart: number;
    readonly figure: string;
  },
  split: readonly Block[] = splitBlocks(body),
): RenderedBlock[] {
  const sentence = { start: claim.quoteStart, end: claim.quoteStart + claim.quote.length };
  const mark = { id: claim.id, start: claim.figureStart, end: claim.figureStart + claim.figure.length };
  return split.filter((b) => b.type !== "blank" && touches(sentence, b)).map((b) => renderBlock(b, [mark], sentence));
}

/**
 * The visible text of the emphasized stretch of rendered blocks (the sentence as a reader sees it).
 *
 * @param blocks Rendered blocks.
 * @returns The text, blocks joined by a space.
 */
export function emphasizedText(blocks: readonly RenderedBlock[]): string {
  return blocks
    .map((b) =>
      b.runs
        .filter((r) => r.emphasis)
        .flatMap((r) => r.parts.map((p) => p.text))
        .join(""),
    )
    .filter((t) => t !== "")
    .join(" ");
}

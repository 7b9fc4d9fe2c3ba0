/**
 * Geometry of the origin picture: how a value travels from each origin through relaying outlets
 * to the articles that print it. Two layouts of the same graph: columns (origin → relays →
 * articles) for wide screens, and an indented tree that stacks vertically for phones. Pure: the
 * component turns the result into SVG at build time.
 */

/** One path of a value, as the picture needs it. */
export interface PictureChain {
  readonly origin: { readonly key: string; readonly label: string; readonly known: boolean };
  readonly relays: readonly { readonly id: string; readonly name: string }[];
  readonly articles: readonly { readonly slug: string; readonly label: string }[];
}

/** A box with its text lines. */
export interface PictureNode {
  readonly key: string;
  readonly kind: "origin" | "relay" | "article";
  /** Whether an origin is named (unnamed ones are drawn dashed). */
  readonly known: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
}

/** A connector between two boxes, as an SVG path. */
export interface PictureEdge {
  readonly key: string;
  readonly d: string;
}

/** A laid-out picture. */
export interface Picture {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
}

const FONT = 13;
const LINE = 16;
const PAD = 6;
/** Average glyph width as a share of the font size, for wrapping without measuring. */
const GLYPH = 0.56;

/**
 * Wraps text into lines of at most `chars` characters, at spaces; at most three lines, the last cut with an ellipsis.
 *
 * @param text Text.
 * @param chars Characters per line.
 * @returns Lines.
 */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= chars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length > 3) {
    const kept = lines.slice(0, 3);
    kept[2] = `${(kept[2] ?? "").slice(0, Math.max(1, chars - 1))}…`;
    return kept;
  }
  return lines.map((l) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l));
}

/**
 * The distinct boxes of each column: origins, then each relay position, then articles.
 *
 * @param chains The paths.
 * @returns Columns of keyed labels.
 */
function columns(chains: readonly PictureChain[]): { key: string; label: string; known: boolean }[][] {
  const depth = chains.reduce((m, c) => Math.max(m, c.relays.length), 0);
  const cols: Map<string, { key: string; label: string; known: boolean }>[] = Array.from(
    { length: depth + 2 },
    () => new Map(),
  );
  for (const c of chains) {
    cols[0]?.set(`o:${c.origin.key}`, { key: `o:${c.origin.key}`, label: c.origin.label, known: c.origin.known });
    c.relays.forEach((r, j) => cols[j + 1]?.set(`r${j}:${r.id}`, { key: `r${j}:${r.id}`, label: r.name, known: true }));
    for (const a of c.articles)
      cols[depth + 1]?.set(`a:${a.slug}`, { key: `a:${a.slug}`, label: a.label, known: true });
  }
  return cols.map((m) => [...m.values()]);
}

/**
 * The keys of consecutive boxes along each path, for drawing connectors.
 *
 * @param chains The paths.
 * @returns Pairs of box keys, each once.
 */
function links(chains: readonly PictureChain[]): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const c of chains) {
    const steps = [`o:${c.origin.key}`, ...c.relays.map((r, j) => `r${j}:${r.id}`)];
    const last = steps[steps.length - 1] ?? "";
    const pairs: [string, string][] = steps.slice(1).map((s, j) => [steps[j] ?? "", s]);
    for (const a of c.articles) pairs.push([last, `a:${a.slug}`]);
    for (const p of pairs) {
      const k = p.join(">");
      if (!seen.has(k)) {
        seen.add(k);
        out.push(p);
      }
    }
  }
  return out;
}

/**
 * Lays the picture out in columns, origin on the left and articles on the right.
 *
 * @param chains The paths.
 * @param width The drawing's width.
 * @returns The picture.
 */
export function wideLayout(chains: readonly PictureChain[], width = 720): Picture {
  const cols = columns(chains).filter((c) => c.length > 0);
  const gap = 36;
  const colWidth = Math.floor((width - gap * (cols.length - 1)) / Math.max(1, cols.length));
  const chars = Math.max(8, Math.floor((colWidth - 2 * PAD) / (FONT * GLYPH)));
  const laid = cols.map((col) => col.map((n) => ({ ...n, lines: wrap(n.label, chars) })));
  const heightOf = (lines: readonly string[]): number => lines.length * LINE + 2 * PAD;
  const colHeights = laid.map((col) => col.reduce((h, n) => h + heightOf(n.lines), 0) + 12 * (col.length - 1));
  const height = Math.max(...colHeights, 0);
  const nodes: PictureNode[] = [];
  laid.forEach((col, ci) => {
    let y = ((height - (colHeights[ci] ?? 0)) / 2) | 0;
    for (const n of col) {
      const h = heightOf(n.lines);
      nodes.push({
        key: n.key,
        kind: ci === 0 ? "origin" : ci === laid.length - 1 ? "article" : "relay",
        known: n.known,
        x: ci * (colWidth + gap),
        y,
        width: colWidth,
        height: h,
        lines: n.lines,
      });
      y += h + 12;
    }
  });
  const at = new Map(nodes.map((n) => [n.key, n]));
  const edges = links(chains).flatMap(([from, to]) => {
    const a = at.get(from);
    const b = at.get(to);
    if (!a || !b) return [];
    const x1 = a.x + a.width;
    const y1 = a.y + a.height / 2;
    const x2 = b.x;
    const y2 = b.y + b.height / 2;
    const mid = (x1 + x2) / 2;
    return [{ key: `${from}>${to}`, d: `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}` }];
  });
  return { width, height, fontSize: FONT, nodes, edges };
}

/**
 * Lays the picture out as an indented tree that stacks vertically: each origin, under it its
 * relays, under them the articles. An article reached along two paths appears under each.
 *
 * @param chains The paths.
 * @param width The drawing's width.
 * @returns The picture.
 */
export function tallLayout(chains: readonly PictureChain[], width = 340): Picture {
  const indent = 18;
  const nodes: PictureNode[] = [];
  const edges: PictureEdge[] = [];
  let y = 0;
  const place = (key: string, kind: PictureNode["kind"], known: boolean, label: string, level: number): PictureNode => {
    const x = level * indent;
    const w = width - x;
    const lines = wrap(label, Math.max(8, Math.floor((w - 2 * PAD) / (FONT * GLYPH))));
    const node = { key, kind, known, x, y, width: w, height: lines.length * LINE + 2 * PAD, lines };
    nodes.push(node);
    y += node.height + 8;
    return node;
  };
  const connect = (a: PictureNode, b: PictureNode): void => {
    const x = a.x + indent / 2;
    edges.push({ key: `${a.key}>${b.key}@${b.y}`, d: `M${x} ${a.y + a.height}V${b.y + b.height / 2}H${b.x}` });
  };
  const byOrigin = new Map<string, PictureChain[]>();
  for (const c of chains) byOrigin.set(c.origin.key, [...(byOrigin.get(c.origin.key) ?? []), c]);
  for (const group of byOrigin.values()) {
    const first = group[0];
    if (!first) continue;
    const origin = place(`o:${first.origin.key}`, "origin", first.origin.known, first.origin.label, 0);
    for (const c of group) {
      let parent = origin;
      c.relays.forEach((r, j) => {
        const node = place(`r${j}:${r.id}`, "relay", true, r.name, j + 1);
        connect(parent, node);
        parent = node;
      });
      // Later siblings hang from the same parent: the connector runs down past the earlier ones.
      for (const a of c.articles) connect(parent, place(`a:${a.slug}`, "article", true, a.label, c.relays.length + 1));
    }
    y += 8;
  }
  return { width, height: Math.max(0, y - 16), fontSize: FONT, nodes, edges };
}

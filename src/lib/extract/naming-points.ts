/**
 * Keeps, between builds, what naming did for the corpus up to points of its slug order: the entity
 * registry at each point, and the claims and skipped numbers of the articles up to it.
 *
 * Naming sources and subjects goes through one registry for the whole corpus, in slug order, so an
 * article's claims depend on every article before it (an outlet named earlier, an agency "known as
 * HUR", the id a name was given first). A point's key is therefore a chain: a hash of the extractor's
 * version and the alias file (the cache's salt), then of every article up to the point, whole. A build
 * that finds a point of its own chain starts naming after it, from the registry stored there; what it
 * takes for the articles before is what naming them again would give, because they and everything
 * before them are the same. Adding an article names again only the articles after it in slug order,
 * and editing one names again it and those after it.
 *
 * A point is stored every `POINT_EVERY` articles and after the last. Each point's file holds the
 * claims of the articles since the point before it (a segment), so the claims are stored once; the
 * registry is small and stored whole. Files of points no longer on the corpus's chain are removed
 * when a build has stored its own.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Article } from "../schema/article.ts";
import type { Claim, Skipped } from "../schema/claim.ts";
import type { RegistryState } from "./entities.ts";

/** A point is stored after every this many articles (and after the last). */
export const POINT_EVERY = 32;

/** What a point's file holds. */
interface Segment {
  /** Index, in slug order, of the first article whose claims the file holds. */
  readonly from: number;
  /** Index of the last: the point itself. */
  readonly to: number;
  readonly claims: Claim[];
  readonly skipped: Skipped[];
  /** The registry after naming the article at `to`. */
  readonly registry: RegistryState;
}

/** What a build takes from the points it finds. */
export interface Restored {
  /** How many articles, from the first in slug order, need no naming. */
  readonly count: number;
  readonly claims: Claim[];
  readonly skipped: Skipped[];
  readonly registry: RegistryState;
}

/** The points of one corpus, in slug order, in a cache folder. */
export class NamingPoints {
  readonly #dir: string;
  /** The chain: the key of the point after each article. */
  readonly #keys: string[];
  /** Files this build stored or read: the ones pruning keeps. */
  readonly #used = new Set<string>();
  /** Index of the first article of the segment being named. */
  #from = 0;

  /**
   * @param dir The folder of the points.
   * @param salt What every key starts from: the extractor's version and the alias file.
   * @param sorted The corpus's articles in slug order.
   */
  constructor(dir: string, salt: string, sorted: readonly Article[]) {
    this.#dir = resolve(dir);
    let key = salt;
    this.#keys = sorted.map((a) => {
      key = createHash("sha256").update(key).update("\0").update(JSON.stringify(a)).digest("hex");
      return key;
    });
  }

  #file(index: number): string {
    return join(this.#dir, `${this.#keys[index] as string}.v8`);
  }

  /**
   * The claims, skipped numbers and registry of the longest prefix of the corpus a point was stored
   * for, reading every segment of it before anything is used: a missing or damaged file gives null,
   * and the build names every article.
   *
   * @returns What the points give, or null when no point of this chain is stored.
   */
  restore(): Restored | null {
    let last = this.#keys.length - 1;
    while (last >= 0 && !existsSync(this.#file(last))) last--;
    if (last < 0) return null;
    const segments: Segment[] = [];
    try {
      for (let at = last; at >= 0;) {
        const s = deserialize(readFileSync(this.#file(at))) as Segment;
        if (s.to !== at || s.from > at) return null;
        segments.push(s);
        this.#used.add(this.#file(at));
        at = s.from - 1;
      }
    } catch {
      return null;
    }
    segments.reverse();
    this.#from = last + 1;
    return {
      count: last + 1,
      claims: segments.flatMap((s) => s.claims),
      skipped: segments.flatMap((s) => s.skipped),
      registry: (segments.at(-1) as Segment).registry,
    };
  }

  /**
   * Whether a point is stored after this article.
   *
   * @param index The article's index in slug order.
   * @returns True every `POINT_EVERY` articles and for the last.
   */
  isPoint(index: number): boolean {
    return (index + 1) % POINT_EVERY === 0 || index === this.#keys.length - 1;
  }

  /**
   * Stores the point after an article: the claims and skipped numbers of the articles since the last
   * point, and the registry as it is now (serialised at once, before it changes again).
   *
   * @param index The article's index in slug order.
   * @param claims Claims of the articles since the last point.
   * @param skipped Their skipped numbers.
   * @param registry The registry's state.
   */
  store(index: number, claims: Claim[], skipped: Skipped[], registry: RegistryState): void {
    const file = this.#file(index);
    const segment: Segment = { from: this.#from, to: index, claims, skipped, registry };
    this.#from = index + 1;
    this.#used.add(file);
    mkdirSync(this.#dir, { recursive: true });
    // Written aside and renamed, so a build that stops half-way never leaves half a file.
    const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
    writeFileSync(tmp, serialize(segment));
    renameSync(tmp, file);
  }

  /** Removes the files of points this build neither read nor stored. */
  prune(): void {
    if (!existsSync(this.#dir)) return;
    for (const name of readdirSync(this.#dir)) {
      const file = join(this.#dir, name);
      if (name.endsWith(".v8") && !this.#used.has(file)) rmSync(file, { force: true });
    }
  }
}

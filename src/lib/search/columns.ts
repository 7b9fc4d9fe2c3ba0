/**
 * The claim columns of the index's core, decoded into typed arrays the engine scans: value
 * bounds (widened for approximate figures), unit, period, kind, who is credited, about whom,
 * disputed by whom, relays, article, date and flags.
 */
import { widen } from "../compare/tolerance.ts";
import type { SearchCore } from "./format.ts";

/** The decoded claims, one entry per claim in index order. */
export interface ClaimColumns {
  /** Id parts ("" when the id follows from the figure; "=" and the whole id otherwise). */
  readonly parts: string[];
  /** Offsets of the ids in their article. */
  readonly offsets: Int32Array;
  /** Bounds widened by the tolerance of approximate figures; open ends are infinite. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Bounds as written. */
  readonly rawLo: Float64Array;
  readonly rawHi: Float64Array;
  readonly unit: Int16Array;
  readonly per: Int8Array;
  readonly kind: Int16Array;
  readonly who: Int32Array;
  readonly subject: Int32Array;
  readonly disputed: Int32Array;
  readonly vc: Int32Array;
  readonly art: Int32Array;
  readonly date: Int32Array;
  /** 1 approximate, 2 vague, 4 disputed in the text, 8 a topic kind, 16 a total the article works out, 32/64 a date of a month/year only. */
  readonly flags: Uint8Array;
}

/**
 * Decodes the claim columns of a core part.
 *
 * @param core The core part.
 * @returns The columns.
 */
export function decodeClaims(core: SearchCore): ClaimColumns {
  const n = core.n;
  const c = core.claims;
  const parts: string[] = new Array<string>(n);
  const offsets = new Int32Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const rawLo = new Float64Array(n);
  const rawHi = new Float64Array(n);
  const unit = new Int16Array(n);
  const per = new Int8Array(n);
  const kind = new Int16Array(n);
  const who = new Int32Array(n);
  const subject = new Int32Array(n).fill(-1);
  const disputed = new Int32Array(n).fill(-1);
  const vc = new Int32Array(n);
  const art = new Int32Array(n);
  const date = new Int32Array(n);
  const flags = new Uint8Array(n);
  let a = 0;
  let left = core.articleClaims[0] ?? 0;
  let offset = 0;
  for (let i = 0; i < n; i++) {
    let first = i === 0;
    while (left === 0 && a < core.articles.length - 1) {
      a++;
      left = core.articleClaims[a] ?? 0;
      first = true;
    }
    left--;
    offset = first ? (c.io[i] ?? 0) : offset + (c.io[i] ?? 0);
    offsets[i] = offset;
    parts[i] = c.ip[i] ?? "";
    date[i] = core.articleDates[a] ?? -1;
    const min = c.lo[i] ?? null;
    const hd = c.hd[i] ?? null;
    const max = hd === null ? null : min === null ? hd : min + hd;
    const f = c.f[i] ?? 0;
    const w = (f & 1) !== 0 ? widen({ min, max }, true) : null;
    lo[i] = (w ? w.min : min) ?? -Infinity;
    hi[i] = (w ? w.max : max) ?? Infinity;
    rawLo[i] = min ?? -Infinity;
    rawHi[i] = max ?? Infinity;
    unit[i] = c.u[i] ?? -1;
    per[i] = c.p[i] ?? -1;
    kind[i] = c.k[i] ?? -1;
    who[i] = c.w[i] ?? -1;
    vc[i] = c.vc[i] ?? 0;
    art[i] = a;
    flags[i] = f;
  }
  for (let j = 0; j + 1 < c.mx.length; j += 2) {
    const i = c.mx[j] ?? 0;
    const max = c.mx[j + 1] ?? 0;
    rawHi[i] = max;
    hi[i] = (flags[i] ?? 0) & 1 ? (widen({ min: null, max }, true).max ?? max) : max;
  }
  for (let j = 0; j + 1 < c.de.length; j += 2) date[c.de[j] ?? 0] = c.de[j + 1] ?? -1;
  for (let j = 0; j + 1 < c.sj.length; j += 2) subject[c.sj[j] ?? 0] = c.sj[j + 1] ?? -1;
  for (let j = 0; j + 1 < c.dp.length; j += 2) disputed[c.dp[j] ?? 0] = c.dp[j + 1] ?? -1;
  return { parts, offsets, lo, hi, rawLo, rawHi, unit, per, kind, who, subject, disputed, vc, art, date, flags };
}

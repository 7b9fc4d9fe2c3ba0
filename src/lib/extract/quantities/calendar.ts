/**
 * The calendar: years, dates, clock times and decades, recognised so that they are never read as amounts.
 */
import { HYPHENS, isGluedIdentifier, isSym, isWord, type Tok } from "./tokens.ts";
import { DECADE_MODIFIERS, MONTHS, ORDINAL_SUFFIXES } from "./vocabulary.ts";
import { type Draft, draft } from "./figures.ts";

// ---------------------------------------------------------------------------
// Special forms

export function isDayToken(t: Tok | undefined): t is Tok {
  if (!t || t.kind !== "num" || t.grouped || t.decimal || t.poss) return false;
  if (t.suffix !== "" && !ORDINAL_SUFFIXES.has(t.suffix)) return false;
  const v = Number(t.numText);
  return t.numText.length <= 2 && v >= 1 && v <= 31;
}

export function isDateYear(t: Tok | undefined): t is Tok {
  return (
    t !== undefined &&
    t.kind === "num" &&
    t.suffix === "" &&
    !t.poss &&
    /^\d{4}$/.test(t.numText) &&
    Number(t.numText) >= 1000 &&
    Number(t.numText) <= 2999
  );
}

export function monthOf(t: Tok | undefined): number | undefined {
  if (!t || t.kind !== "word" || !/^\p{Lu}/u.test(t.text)) return undefined;
  return MONTHS.get(t.lower);
}

export function dateDraft(
  i: number,
  end: number,
  year: number | null,
  month: number | null,
  day: number | null,
): Draft {
  const d = draft(i, end, i, end, "date", year, year);
  d.date = { year, month, day };
  d.nounFrom = end;
  return d;
}

export function tryDate(toks: Tok[], i: number): Draft | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "num") {
    // 2024-11-25, 2024/11/25
    const s1 = toks[i + 1];
    const m = toks[i + 2];
    const s2 = toks[i + 3];
    const dd = toks[i + 4];
    const glued = [s1, m, s2, dd].every((x) => x !== undefined && !x.gap);
    if (glued && s1 && s2 && m && dd && s1.text === s2.text && (HYPHENS.has(s1.text) || s1.text === "/")) {
      const bareNum = (x: Tok, len: RegExp): boolean =>
        x.kind === "num" && x.suffix === "" && !x.poss && len.test(x.numText);
      if (isDateYear(t) && bareNum(m, /^\d{1,2}$/) && bareNum(dd, /^\d{1,2}$/)) {
        const mo = Number(m.numText);
        const da = Number(dd.numText);
        if (mo >= 1 && mo <= 12 && da >= 1 && da <= 31) return dateDraft(i, i + 5, Number(t.numText), mo, da);
      }
      // 25/11/2024 or 11/25/2024: the order is only known when one part exceeds 12.
      if (s1.text === "/" && bareNum(t, /^\d{1,2}$/) && bareNum(m, /^\d{1,2}$/) && isDateYear(dd)) {
        const p = Number(t.numText);
        const q = Number(m.numText);
        if (p >= 1 && q >= 1 && p <= 31 && q <= 31 && (p <= 12 || q <= 12)) {
          const dayFirst = p > 12;
          const monthFirst = q > 12;
          const month = dayFirst ? q : monthFirst ? p : null;
          const day = dayFirst ? p : monthFirst ? q : null;
          return dateDraft(i, i + 5, Number(dd.numText), month, day);
        }
      }
    }
    // 25 November 2024, 25th of November
    if (isDayToken(t) && !isGluedIdentifier(toks, i)) {
      let k = i + 1;
      if (isWord(toks[k], "of")) k++;
      const month = monthOf(toks[k]);
      if (month !== undefined && toks[k]?.gap) {
        k++;
        if (isSym(toks[k], ".") && !toks[k]?.gap) k++;
        let year: number | null = null;
        let c = k;
        if (isSym(toks[c], ",")) c++;
        const y = toks[c];
        if (isDateYear(y) && y.gap) {
          year = Number(y.numText);
          k = c + 1;
        }
        return dateDraft(i, k, year, month, Number(t.numText.replace(/\D/g, "")));
      }
    }
    return null;
  }
  // Nov. 25, 2024; November 2024
  const month = monthOf(t);
  if (month === undefined) return null;
  let k = i + 1;
  if (isSym(toks[k], ".") && !toks[k]?.gap && t.text.length <= 4) k++;
  const d = toks[k];
  if (isDayToken(d) && d.gap) {
    k++;
    let year: number | null = null;
    let c = k;
    if (isSym(toks[c], ",")) c++;
    const y = toks[c];
    if (isDateYear(y) && y.gap && toks[c + 1]?.kind !== "num") {
      year = Number(y.numText);
      k = c + 1;
    }
    return dateDraft(i, k, year, month, Number(d.numText));
  }
  if (isDateYear(d) && d.gap) {
    return dateDraft(i, k + 1, Number(d.numText), month, null);
  }
  return null;
}

export function meridiem(toks: Tok[], k: number): { pm: boolean; end: number } | null {
  const t = toks[k];
  if (!t || t.kind !== "word" || !t.gap) return null;
  if (t.lower === "am" || t.lower === "pm") return { pm: t.lower === "pm", end: k + 1 };
  if (
    (t.lower === "a" || t.lower === "p") &&
    isSym(toks[k + 1], ".") &&
    isWord(toks[k + 2], "m") &&
    !toks[k + 2]?.gap
  ) {
    const end = isSym(toks[k + 3], ".") && !toks[k + 3]?.gap ? k + 4 : k + 3;
    return { pm: t.lower === "p", end };
  }
  return null;
}

export function to24(hour: number, pm: boolean): number {
  return (hour % 12) + (pm ? 12 : 0);
}

export function tryClock(toks: Tok[], i: number): Draft | null {
  const t = toks[i];
  if (!t || t.kind !== "num" || t.grouped || isGluedIdentifier(toks, i)) return null;
  if (t.suffix === "am" || t.suffix === "pm") {
    const [h, m = "0"] = t.numText.split(".");
    const hour = Number(h);
    const minute = Number(m);
    if (hour < 1 || hour > 12 || minute > 59 || (m.length !== 1 && m.length !== 2)) return null;
    const v = to24(hour, t.suffix === "pm") * 60 + minute;
    return draft(i, i + 1, i, i + 1, "clock", v, v);
  }
  if (t.suffix !== "" || t.decimal || t.numText.length > 2) return null;
  const hour = Number(t.numText);
  const colon = toks[i + 1];
  const mm = toks[i + 2];
  if (
    isSym(colon, ":") &&
    !colon.gap &&
    mm &&
    mm.kind === "num" &&
    !mm.gap &&
    /^\d{2}$/.test(mm.numText) &&
    !mm.decimal
  ) {
    const minute = Number(mm.numText);
    if (hour > 24 || minute > 59) return null;
    let end = i + 3;
    if (mm.suffix === "am" || mm.suffix === "pm") {
      const v = to24(hour, mm.suffix === "pm") * 60 + minute;
      return draft(i, end, i, end, "clock", v, v);
    }
    if (mm.suffix !== "") return null;
    if (isSym(toks[end], ":") && !toks[end]?.gap && toks[end + 1]?.kind === "num" && !toks[end + 1]?.gap) end += 2;
    const mer = meridiem(toks, end);
    const v = (mer ? to24(hour, mer.pm) : hour) * 60 + minute;
    return draft(i, mer ? mer.end : end, i, mer ? mer.end : end, "clock", v, v);
  }
  if (hour >= 1 && hour <= 12) {
    const mer = meridiem(toks, i + 1);
    if (mer) {
      const v = to24(hour, mer.pm) * 60;
      return draft(i, mer.end, i, mer.end, "clock", v, v);
    }
  }
  return null;
}

export function tryDecade(toks: Tok[], i: number): Draft | null {
  const t = toks[i];
  if (!t) return null;
  let k = i;
  let mod: string | null = null;
  if (t.kind === "word" && DECADE_MODIFIERS.has(t.lower)) {
    mod = t.lower;
    const n = toks[i + 1];
    if (n && n.kind === "sym" && HYPHENS.has(n.text) && !n.gap) k = i + 2;
    else k = i + 1;
    if (k === i + 1 && !toks[k]?.gap) return null;
  }
  let d = toks[k];
  let numIdx = k;
  let decade: number | null = null;
  if (d && d.kind === "sym" && (d.text === "'" || d.text === "\u2019")) {
    const n = toks[k + 1];
    if (n && n.kind === "num" && !n.gap && n.suffix === "s" && /^\d0$/.test(n.numText)) {
      const two = Number(n.numText);
      decade = two >= 30 ? 1900 + two : 2000 + two;
      numIdx = k + 1;
      d = n;
    }
  } else if (d && d.kind === "num" && /^\d{3}0$/.test(d.numText) && !d.grouped) {
    const v = Number(d.numText);
    const prev = toks[i - 1];
    const possDecade = d.poss && d.suffix === "" && (mod !== null || isWord(prev, "the"));
    if (v >= 1000 && v <= 2990 && ((d.suffix === "s" && !d.poss) || possDecade)) decade = v;
  }
  if (decade === null || !d) return null;
  if (mod === null && k !== i) return null;
  let min = decade;
  let max = decade + 9;
  if (mod === "early") max = decade + 4;
  else if (mod === "mid") {
    min = decade + 3;
    max = decade + 6;
  } else if (mod === "late") min = decade + 6;
  const r = draft(i, numIdx + 1, k, numIdx + 1, "decade", min, max);
  r.isRange = true;
  return r;
}

/**
 * The text with every "May" that is the month ("as of May", "in May 2025", "May 3", "2 May") written as
 * "MON", so that words of doubt ("may", "could") are read without it. Same length as the text.
 *
 * @param text A sentence or clause.
 * @returns The text with the month masked.
 */
export function maskMonthMay(text: string): string {
  return text.replace(/\bMay\b/g, (word, at: number) =>
    /\b(?:as of|in|since|until|by|from|to|through|of|early|late|mid|end of|last|next|this)\s+$/i.test(
      text.slice(0, at),
    ) ||
    // ("On 2 May, Seoul's defence ministry said …": a day before the month.)
    /\b\d{1,2}(?:st|nd|rd|th)?\s+$/.test(text.slice(0, at)) ||
    /^\s+(?:\d{1,2}|\d{4})\b/.test(text.slice(at + word.length))
      ? "MON"
      : word,
  );
}

/**
 * Deterministic synthetic articles in the genre, for benchmarks: varied sentences with random
 * figures, names, outlets and furniture, so that no two articles are copies.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A small seeded PRNG (mulberry32), so every run generates the same corpus.
 *
 * @param seed Seed.
 * @returns A function giving numbers in [0, 1).
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  "Min-ho",
  "Song-hui",
  "Chol-su",
  "Eun-ji",
  "Myong-il",
  "Hyok",
  "Ji-won",
  "Kwang-su",
  "Yong-nam",
  "Sun-hee",
];
const FAMILY = ["Kim", "Lee", "Park", "Choi", "Jang", "Kang", "Yoon", "Han", "Ri", "Pak", "Ahn", "Nam"];
const WESTERN = [
  "Helen Marsh",
  "Sabrina Holt",
  "Daniel Reyes",
  "Oleksandr Hrytsenko",
  "Marta Kowalska",
  "Thomas Berg",
  "Anna Petrenko",
];
const OUTLETS = [
  "Global Wire",
  "Korea Lens",
  "The Morning Ledger",
  "Seoul Herald",
  "Kyiv Dispatch",
  "Daily Meridian",
  "Asia Report",
  "Frontline Weekly",
];
const AGENCIES = [
  "the National Intelligence Service",
  "South Korea's spy agency",
  "Ukraine's military intelligence agency",
  "the Pentagon",
  "the South Korean presidential office",
];
const ROLES = [
  "a defector who served in the Storm Corps",
  "a researcher at a Seoul think tank",
  "a former army lieutenant",
  "a North Korea specialist",
  "a defence analyst",
];

/**
 * Picks an element.
 *
 * @param r PRNG.
 * @param list Choices.
 * @returns One of them.
 */
function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

/**
 * A number with separators.
 *
 * @param n Number.
 * @returns Text.
 */
function n(num: number): string {
  return num.toLocaleString("en-US");
}

/**
 * Generates one article file (front matter and body).
 *
 * @param i Index (also the seed).
 * @param paragraphs Roughly how many paragraphs.
 * @returns File name and content.
 */
export function syntheticArticle(i: number, paragraphs = 10): { name: string; text: string } {
  const r = prng(i * 7919 + 17);
  const person = (): string => (r() < 0.7 ? `${pick(r, FAMILY)} ${pick(r, GIVEN)}` : pick(r, WESTERN));
  const outlet = pick(r, OUTLETS);
  const relay = pick(
    r,
    OUTLETS.filter((o) => o !== outlet),
  );
  const troops = Math.round(2 + r() * 18) * 1000;
  const pay = [1500, 2000, 2500][Math.floor(r() * 3)] ?? 2000;
  const share = 80 + Math.floor(r() * 16);
  const killed = Math.round(1 + r() * 20) * 100;
  const lines: string[] = [
    pick(r, ["World", "Asia", "Politics"]),
    "",
    `**${n(troops)} North Korean troops and counting**`,
  ];
  const sentences: (() => string)[] = [
    () =>
      `${pick(r, AGENCIES).replace(/^./, (c) => c.toUpperCase())} said ${pick(r, ["about", "at least", "more than", "around"])} ${n(troops + Math.round(r() * 9) * 100)} North Korean soldiers have been deployed to Russia.`,
    () =>
      `Russia pays ${pick(r, ["about", "", "at least"])} $${n(pay)} a month for each soldier, which adds up to $${Math.round((pay * troops) / 1e6)} million a month for ${n(troops)} soldiers.`.replace(
        "  ",
        " ",
      ),
    () => `“They are sent to die,” said defector ${person()}. “Nobody asks what they want.”`,
    () => `${person()}, ${pick(r, ROLES)}, said up to ${share}% of the money goes into the regime's coffers.`,
    () =>
      `About ${n(killed)} North Korean soldiers have been killed and ${n(killed * 3)} wounded, according to ${pick(r, AGENCIES)}.`,
    () => `The contingent could grow to as many as ${n(troops * 2)} by next year, ${person()} told ${relay}.`,
    () =>
      `North Korea has one of the world's largest militaries, with about 1.2 million soldiers, and has not fought a war since 1953.`,
    () =>
      `In a ${pick(r, ["two", "three", "four"])}-hour meeting on ${pick(r, ["Monday", "Tuesday", "Friday"])}, officials discussed the ${pick(r, ["third", "fourth", "fifth"])} deployment.`,
    () =>
      `${person()}, who defected in ${2000 + Math.floor(r() * 20)}, said ordinary soldiers earn less than $${1 + Math.floor(r() * 3)} a month at home.`,
    () =>
      `Soldiers are rotated out every ${pick(r, ["two to three", "three", "three to four"])} months, ${pick(r, AGENCIES)} said.`,
    () => `Analysts said the regime could earn hundreds of millions of dollars a year from the arrangement.`,
  ];
  for (let p = 0; p < paragraphs; p++) {
    const count = 1 + Math.floor(r() * 3);
    lines.push(Array.from({ length: count }, () => pick(r, sentences)()).join(" "));
  }
  lines.push(`${Math.floor(r() * 40)} Comments`, "Related Articles");
  const front = [
    "---",
    `title: "North Korean troops in Russia: report ${i}"`,
    `publisher: "${outlet}"`,
    `relays: ["${relay}"]`,
    `published: 2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    "---",
  ];
  return { name: `synthetic-${String(i).padStart(5, "0")}.md`, text: `${front.join("\n")}\n${lines.join("\n")}\n` };
}

/**
 * Writes a content folder of generated articles (with the project's alias file) into a new
 * temporary folder.
 *
 * @param n How many articles.
 * @param prefix Start of the temporary folder's name.
 * @returns The folder.
 */
export function writeSyntheticContent(n: number, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, "articles"));
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i);
    writeFileSync(join(dir, "articles", a.name), a.text);
  }
  copyFileSync(fileURLToPath(new URL("../../content/aliases.yaml", import.meta.url)), join(dir, "aliases.yaml"));
  return dir;
}

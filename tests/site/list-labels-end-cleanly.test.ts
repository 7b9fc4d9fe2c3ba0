import { describe, expect, inject, it } from "vitest";
import { htmlPages, htmlText, readPage } from "../support/html.ts";

const dist = inject("distDir");

/** A label cut from a sentence keeps its comma before the colon that introduces its list: "$2,000 a month,:". */
const STRAY = /[,;]\s*:/;

describe("labels of the lists of claims", () => {
  it("no page prints a comma or semicolon right before a colon", () => {
    const found: string[] = [];
    for (const page of htmlPages(dist)) {
      const text = htmlText(readPage(dist, `/${page.file}`));
      const m = STRAY.exec(text);
      if (m) found.push(`${page.path}: …${text.slice(Math.max(0, m.index - 50), m.index + 20)}…`);
    }
    expect(found).toEqual([]);
  });
});

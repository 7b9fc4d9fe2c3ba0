import { describe, expect, inject, it } from "vitest";
import { htmlPages, htmlText, readPage } from "../support/html.ts";

const dist = inject("distDir");

/** An origin's label that already says it is unnamed, said again: "Ukrainian officials (unnamed) (unnamed)". */
const SAID_TWICE =
  /\(unnamed\)\s*\(unnamed\)|citing no one\s*\(unnamed\)|not identified\s*\(unnamed\)|does not name[^.;]{0,60}\(unnamed\)/;

describe("origins the articles do not name", () => {
  it("are called unnamed once, by their own label", () => {
    const found: string[] = [];
    for (const page of htmlPages(dist)) {
      const text = htmlText(readPage(dist, `/${page.file}`));
      const m = SAID_TWICE.exec(text);
      if (m) found.push(`${page.path}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
    }
    expect(found).toEqual([]);
  });
});

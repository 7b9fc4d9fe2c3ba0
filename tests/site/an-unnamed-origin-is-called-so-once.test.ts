import { describe, expect, inject, it } from "vitest";
import { pagesSaying } from "../support/html.ts";

const dist = inject("distDir");

/** An origin's label that already says it is unnamed, said again: "Ukrainian officials (unnamed) (unnamed)". */
const SAID_TWICE =
  /\(unnamed\)\s*\(unnamed\)|citing no source the site found\s*\(unnamed\)|not identified\s*\(unnamed\)|does not name[^.;]{0,60}\(unnamed\)/;

describe("origins the articles do not name", () => {
  it("are called unnamed once, by their own label", () => {
    expect(pagesSaying(dist, SAID_TWICE)).toEqual([]);
  });
});

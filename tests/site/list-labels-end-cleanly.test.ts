import { describe, expect, inject, it } from "vitest";
import { pagesSaying } from "../support/html.ts";

const dist = inject("distDir");

/** A label cut from a sentence keeps its comma before the colon that introduces its list: "$2,000 a month,:". */
const STRAY = /[,;]\s*:/;

describe("labels of the lists of claims", () => {
  it("no page prints a comma or semicolon right before a colon", () => {
    expect(pagesSaying(dist, STRAY)).toEqual([]);
  });
});

import { describe, expect, inject, it } from "vitest";
import { pagesSaying } from "../support/html.ts";

const dist = inject("distDir");

describe("a statement without a number", () => {
  it("is shown with how the site reads it, said once ('read as $0', not 'read as read as $0')", () => {
    expect(pagesSaying(dist, /\bread as\s+read as\b/)).toEqual([]);
    // The people the five articles quote in words are listed so, with the reading.
    expect(pagesSaying(dist, /says in words, without a number[\s\S]*?read as /).length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { textFragmentUrl } from "../../src/lib/site/text-fragment.ts";

describe("textFragmentUrl", () => {
  it("addresses a short sentence whole, with the directive's own characters encoded", () => {
    expect(textFragmentUrl("https://example.org/a#top", "Pay is $2,000 - a month & more.")).toBe(
      "https://example.org/a#:~:text=Pay%20is%20%242%2C000%20%2D%20a%20month%20%26%20more.",
    );
  });

  it("addresses a long sentence by its first and last words", () => {
    const url = textFragmentUrl(
      "https://example.org/a",
      "one two three four five six seven eight nine ten eleven twelve",
    );
    expect(url).toBe(
      "https://example.org/a#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve",
    );
  });
});

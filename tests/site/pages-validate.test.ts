import { HtmlValidate } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { htmlPages, readPage } from "../support/html.ts";

const dist = inject("distDir");
const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

describe("html-validate on every built page", () => {
  it.each(htmlPages(dist).map((p) => [p.path, p] as const))("%s has no errors", async (_path, page) => {
    const report = await validator.validateString(readPage(dist, `/${page.file}`), page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

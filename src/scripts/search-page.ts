/**
 * The search page's rendering and input handling. Loading lives in `search/loading.ts` (the
 * engine and the core on first focus of the search box, at once when the address carries a
 * query; the quotes after the first results) and the address in `search/url-state.ts`. Results
 * are built as DOM nodes with `textContent`, never from HTML.
 */
import type { SearchFilters, SearchResult } from "../lib/search/engine.ts";
import { formatDateAs } from "../lib/site/format.ts";
import { paths } from "../lib/site/paths.ts";
import { unattributedWords } from "../lib/format/credit.ts";
import { whoWords } from "../lib/site/who.ts";
import type { SiteSearchCore } from "../lib/site/search.ts";
import { facetValues } from "./search/facets.ts";
import { SearchLoader } from "./search/loading.ts";
import { AddressBar, FACETS, isEmpty, readState, urlOf, type Facet } from "./search/url-state.ts";

const FACET_TITLE: Readonly<Record<Facet, string>> = { kind: "Kind", person: "Person", source: "Source" };
const ANY_LABEL: Readonly<Record<Facet, string>> = { kind: "Any kind", person: "Anyone", source: "Any source" };
/** Facet values shown before "Show all". */
const FACET_SHOWN = 6;
const TYPE_WORDS: Readonly<Record<string, [string, string]>> = {
  person: ["person", "people"],
  organization: ["organisation", "organisations"],
  group: ["unnamed source", "unnamed sources"],
  outlet: ["outlet", "outlets"],
  unit: ["military unit", "military units"],
};
const EXAMPLES = ["2k", "$2,000", "11,000 troops", "90-95%", "over 10000", "Lee Woong Gil", "NIS", "Bennett"];
/** How long typing waits before the address follows. */
const URL_DELAY_MS = 250;
/** How long typing waits before the count is announced. */
const ANNOUNCE_DELAY_MS = 500;

const app = document.getElementById("search-app");
const form = document.querySelector<HTMLFormElement>("form.big-search");
const input = document.querySelector<HTMLInputElement>("#search-q");

if (app && form && input) start(app, form, input);

/**
 * Creates an element with a class and text.
 *
 * @param tag Tag name.
 * @param className Class, or "".
 * @param text Text content, or undefined for none.
 * @returns The element.
 */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== "") node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Says how many, with the right plural.
 *
 * @param n Count.
 * @param one Singular.
 * @param many Plural.
 * @returns e.g. "1 claim", "12 claims".
 */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Runs the search page.
 *
 * @param app The container results go into.
 * @param form The search form.
 * @param input The search box.
 */
function start(app: HTMLElement, form: HTMLFormElement, input: HTMLInputElement): void {
  const indexUrl = app.dataset["indexUrl"] ?? paths.searchIndex;
  const textUrl = app.dataset["textUrl"] ?? paths.searchText;
  let state = readState();
  input.value = state.q;
  const address = new AddressBar(() => state, URL_DELAY_MS);
  const loader = new SearchLoader(indexUrl, textUrl, {
    busy: (on) => {
      if (on) app.setAttribute("aria-busy", "true");
      else app.removeAttribute("aria-busy");
    },
    core: (c) => learn(c),
    changed: () => render(),
    // Lets a reader's tools (and the browser specs) tell word matches are now possible.
    quotes: () => {
      app.dataset["quotes"] = "loaded";
    },
  });
  const ensureEngine = (): Promise<void> => loader.ensure();
  const loadText = (): void => loader.loadText();
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const expanded = new Set<Facet>();

  // Lookups filled once the core has loaded.
  let personName = new Map<string, string>();
  let personPage = new Map<string, string>();
  let kindLabel = new Map<string, string>();
  let sourceLabel = new Map<string, string>();
  let articleOf = new Map<string, SiteSearchCore["site"]["articles"][number]>();
  let withdrawn = new Set<string>();

  // The page's parts: a polite status line, how the query was read, filters beside the results.
  const status = el("p", "search-status");
  status.id = "search-status";
  status.setAttribute("role", "status");
  const understood = el("p", "search-understood");
  understood.hidden = true;
  const layout = el("div", "search-layout");
  layout.hidden = true;
  const filters = el("details", "search-filters");
  const summary = el("summary");
  const summaryCount = el("span", "filter-count");
  summary.append("Filters", summaryCount);
  const facets = el("div", "facets");
  filters.append(summary, facets);
  // Beside the results on wide screens the filters are always open; on narrow ones they fold away.
  const wide = window.matchMedia("(min-width: 56rem)");
  filters.open = wide.matches;
  wide.addEventListener("change", () => {
    if (wide.matches) filters.open = true;
  });
  const results = el("div", "search-results");
  layout.append(filters, results);
  const intro = el("div", "search-intro");
  app.replaceChildren(status, understood, layout, intro);

  /**
   * Fills the lookups the results need from the core part.
   *
   * @param c The core part.
   */
  const learn = (c: SiteSearchCore): void => {
    personName = new Map(c.people.id.map((id, i) => [id, c.people.name[i] ?? id]));
    personPage = new Map();
    c.people.id.forEach((id, i) => {
      const page = c.site.pages[i];
      if (page === "p") personPage.set(id, paths.person(id));
      else if (page === "s") personPage.set(id, paths.source(id));
    });
    kindLabel = new Map(c.kinds.map((k, i) => [k, c.kindLabels[i] ?? k]));
    articleOf = new Map();
    c.articles.forEach((slug, i) => {
      const a = c.site.articles[i];
      if (a) articleOf.set(slug, a);
    });
    const outlets = new Map<string, number>();
    for (const a of articleOf.values()) outlets.set(a.outlet, (outlets.get(a.outlet) ?? 0) + 1);
    sourceLabel = new Map(personName);
    for (const [slug, a] of articleOf) {
      const label = (outlets.get(a.outlet) ?? 0) > 1 ? `${a.outlet}: ${a.title}` : a.outlet;
      sourceLabel.set(slug, `${label.charAt(0).toUpperCase()}${label.slice(1)}`);
    }
    withdrawn = new Set(c.site.withdrawn);
  };

  /**
   * Announces the count now, or after a pause while the reader is typing.
   *
   * @param text What to say.
   * @param later Whether to wait for typing to pause.
   */
  const announce = (text: string, later: boolean): void => {
    clearTimeout(announceTimer);
    const say = (): void => {
      if (status.textContent !== text) status.textContent = text;
    };
    if (later) announceTimer = setTimeout(say, ANNOUNCE_DELAY_MS);
    else say();
  };

  /**
   * Shows the current state.
   *
   * @param typing Whether this follows a keystroke: the count is then announced once typing pauses.
   */
  function render(typing = false): void {
    const focusKey = focusedKey();
    if (loader.failed) {
      layout.hidden = true;
      understood.hidden = true;
      intro.replaceChildren(loadError());
      intro.hidden = false;
      announce("The search index could not be loaded.", false);
      return;
    }
    if (isEmpty(state)) {
      layout.hidden = true;
      understood.hidden = true;
      intro.replaceChildren(...introContent());
      intro.hidden = false;
      announce("", false);
      return;
    }
    const engine = loader.engine;
    if (!engine) {
      layout.hidden = true;
      understood.hidden = true;
      intro.replaceChildren(el("p", "muted", "Loading the search index…"));
      intro.hidden = false;
      return;
    }
    const f: SearchFilters = {
      kind: state.kind || undefined,
      person: state.person || undefined,
      source: state.source || undefined,
    };
    const r = engine.search(state.q, f);
    intro.hidden = true;
    intro.replaceChildren();
    layout.hidden = false;
    const read = r.understood.split(" · ");
    const active = FACETS.filter((x) => state[x] !== "").length;
    const reading = read.slice(0, read.length - active).join(" · ");
    understood.hidden = reading === "";
    understood.replaceChildren();
    if (reading !== "") understood.append(el("span", "label-inline", "Understood as: "), reading);
    renderFacets(r);
    filters.hidden = r.total === 0 && active === 0;
    renderResults(r);
    announce(summaryText(r), typing);
    restoreFocus(focusKey);
    // Words the core cannot place ("Kim Jong Un") may still be in the quotes: they load after the first answer.
    loadText();
  }

  /**
   * The count as announced: "12 claims, 1 person".
   *
   * @param r The result.
   * @returns The sentence.
   */
  function summaryText(r: SearchResult): string {
    // A claim is found when it satisfies any part of the query: say how many satisfy every part.
    const claims = count(r.total, "claim", "claims");
    const parts = [
      r.complete === r.total
        ? claims
        : r.complete === 0
          ? `${claims}, none matching every part of the query`
          : `${claims}, ${r.complete} of them matching every part of the query`,
    ];
    const byType = new Map<string, number>();
    for (const p of r.people) byType.set(p.type, (byType.get(p.type) ?? 0) + 1);
    for (const [type, words] of Object.entries(TYPE_WORDS)) {
      const n = byType.get(type) ?? 0;
      if (n > 0) parts.push(count(n, words[0], words[1]));
    }
    return r.total === 0 && r.people.length === 0 ? "No claims or names match." : parts.join(", ");
  }

  /**
   * The filters, with the count each value would show.
   *
   * @param r The result.
   */
  function renderFacets(r: SearchResult): void {
    const active = FACETS.filter((x) => state[x] !== "").length;
    summaryCount.textContent = active > 0 ? ` (${active} active)` : "";
    const groups = FACETS.map((facet) => {
      const counts = r.counts[facet];
      const selected = state[facet];
      const label = (v: string): string =>
        facet === "kind"
          ? (kindLabel.get(v) ?? v)
          : facet === "person"
            ? (personName.get(v) ?? v)
            : (sourceLabel.get(v) ?? v);
      const open = expanded.has(facet);
      const { values: shown, all } = facetValues(counts, selected, FACET_SHOWN, open, label);
      const group = el("fieldset", "facet");
      const legend = el("legend", "", FACET_TITLE[facet]);
      const list = el("ul", "facet-values");
      const sum = facet === "kind" ? Object.values(counts).reduce((s, n) => s + n, 0) : null;
      list.append(facetButton(facet, "", ANY_LABEL[facet], sum));
      for (const [v, n] of shown) list.append(facetButton(facet, v, label(v), n));
      group.append(legend, list);
      if (all === 0) group.append(el("p", "muted facet-none", "None among these results."));
      if (all > FACET_SHOWN) {
        const more = el("button", "facet-more", open ? "Show fewer" : `Show all ${all}`);
        more.type = "button";
        more.dataset["key"] = `m:${facet}`;
        more.setAttribute("aria-expanded", String(open));
        more.addEventListener("click", () => {
          if (expanded.has(facet)) expanded.delete(facet);
          else expanded.add(facet);
          render();
        });
        group.append(more);
      }
      return group;
    });
    facets.replaceChildren(...groups);
  }

  /**
   * One filter button.
   *
   * @param facet Facet.
   * @param value Value ("" for any).
   * @param label What it says.
   * @param n How many claims it would show, or null to leave the count out.
   * @returns A list item holding the button.
   */
  function facetButton(facet: Facet, value: string, label: string, n: number | null): HTMLLIElement {
    const li = el("li");
    const b = el("button", value === "" ? "facet-value facet-any" : "facet-value");
    b.type = "button";
    b.dataset["key"] = `f:${facet}:${value}`;
    b.setAttribute("aria-pressed", String(state[facet] === value));
    b.append(el("span", "facet-label", label));
    if (n !== null) {
      const c = el("span", "facet-count", String(n));
      c.append(el("span", "visually-hidden", n === 1 ? " claim" : " claims"));
      b.append(" ", c);
    }
    b.addEventListener("click", () => {
      const next = state[facet] === value ? "" : value;
      state = { ...state, q: input.value, [facet]: next };
      address.pushFilter();
      render();
    });
    li.append(b);
    return li;
  }

  /**
   * A labelled results section with its heading and an empty list.
   *
   * @param cls Class of the section.
   * @param headingId Id of its heading, which labels it.
   * @param title Heading text.
   * @param listTag "ul" or "ol".
   * @param listClass Class of the list.
   * @returns The section (heading and list appended) and the list to fill.
   */
  function resultSection(
    cls: string,
    headingId: string,
    title: string,
    listTag: "ul" | "ol",
    listClass: string,
  ): { section: HTMLElement; list: HTMLElement } {
    const section = el("section", cls);
    section.setAttribute("aria-labelledby", headingId);
    const h = el("h2", "", title);
    h.id = headingId;
    const list = el(listTag, listClass);
    section.append(h, list);
    return { section, list };
  }

  /**
   * People found by name, then claims, or what to try when nothing matches.
   *
   * @param r The result.
   */
  function renderResults(r: SearchResult): void {
    const out: HTMLElement[] = [];
    if (r.people.length > 0) {
      const { section, list } = resultSection(
        "person-results",
        "search-people-h",
        "People and bodies",
        "ul",
        "person-list",
      );
      for (const p of r.people) {
        const li = el("li");
        const href = personPage.get(p.id);
        const box = href === undefined ? el("span", "person-result") : el("a", "person-result search-result");
        if (box instanceof HTMLAnchorElement && href !== undefined) {
          box.href = href;
          box.dataset["key"] = `r:${href}`;
        }
        const words = TYPE_WORDS[p.type] ?? ["", ""];
        // (An outlet no figure is credited to may still print or relay claims: "quoted without figures" is then false.)
        const about =
          p.claims > 0
            ? count(p.claims, "claim", "claims")
            : p.relayed > 0
              ? `${count(p.relayed, "claim", "claims")} printed or relayed`
              : "quoted without figures";
        box.append(el("span", "person-name", p.name), el("span", "person-meta", `${words[0]} · ${about}`));
        li.append(box);
        list.append(li);
      }
      out.push(section);
    }
    if (r.total > 0) {
      const { section, list } = resultSection("claim-results", "search-claims-h", "Claims", "ol", "claim-list");
      // Claims that satisfy only part of the query come after the others, in a list of their own, so that a
      // claim about another figure or by another person is never read as an answer to the whole query.
      const partial = el("ol", "claim-list partial-list");
      for (const hit of r.claims) {
        const li = claimCard(hit.id, hit.highlights);
        if (li) (hit.complete ? list : partial).append(li);
      }
      if (partial.childElementCount > 0) {
        const note = el(
          "p",
          "muted partial-note",
          list.childElementCount > 0
            ? "These match only part of the query:"
            : "No claim matches every part of the query. These match part of it:",
        );
        if (list.childElementCount === 0) list.remove();
        section.append(note, partial);
      }
      if (r.total > r.claims.length) {
        section.append(
          el(
            "p",
            "muted",
            `Showing the ${r.claims.length} best of ${r.total}. A filter or a longer query narrows them down.`,
          ),
        );
      }
      out.push(section);
    }
    if (r.total === 0 && r.people.length === 0) out.push(noResults());
    else if (r.total === 0) {
      out.push(el("p", "muted", "No figures match; the page of each name above gives what the articles say."));
    }
    results.replaceChildren(...out);
  }

  /**
   * One claim as a card linking to its page.
   *
   * @param id Claim id.
   * @param marks Spans of the quote to mark.
   * @returns The list item, or null for an unknown claim.
   */
  function claimCard(id: string, marks: readonly [number, number][]): HTMLLIElement | null {
    const row = loader.engine?.claim(id);
    if (!row) return null;
    const li = el("li");
    const a = el("a", "result-card search-result");
    a.href = paths.claim(id);
    a.dataset["key"] = `r:${paths.claim(id)}`;
    const gone = withdrawn.has(id);
    if (gone) a.classList.add("withdrawn");
    const top = el("span", "result-top");
    top.append(el("span", "result-figure", row.figure), " ", el("span", "badge", row.kindLabel));
    if (gone) top.append(" ", el("span", "badge withdrawn-badge", "withdrawn"));
    a.append(top);
    if (row.quote !== null) a.append(quoteWithMarks(row.quote, marks));
    // A disputed figure says so, as its page does: credited to no one, the card names who disputes it.
    const who =
      row.attributedTo !== null || row.derived
        ? whoWords(row.attributedTo?.name ?? null, row.derived)
        : unattributedWords(row.disputedBy?.name ?? null, row.disputes);
    const disputer = row.attributedTo !== null && row.disputedBy !== null ? `, disputed by ${row.disputedBy.name}` : "";
    const article = articleOf.get(row.article);
    const relays = row.via.map((v) => v.name).filter((name) => !(article?.outlet.includes(name) ?? false));
    const via = relays.length > 0 ? ` (via ${relays.join(", ")})` : "";
    const meta = el("span", "result-meta");
    meta.append(el("span", "result-who", `${who}${via}${disputer}`));
    if (article) {
      meta.append(" · ", el("span", "result-outlet", article.outlet), ", ");
      meta.append(el("cite", "result-article", article.title));
    }
    meta.append(
      " · ",
      el("span", "result-date", row.asOf === null ? "undated" : `as of ${formatDateAs(row.asOf, row.asOfPrecision)}`),
    );
    a.append(meta);
    li.append(a);
    return li;
  }

  /**
   * A sentence with its matches marked.
   *
   * @param quote The sentence.
   * @param marks Sorted, disjoint spans.
   * @returns The element.
   */
  function quoteWithMarks(quote: string, marks: readonly [number, number][]): HTMLElement {
    const q = el("span", "result-quote");
    // Words of one name ("Lee", "Woong", "gil") read better as one mark.
    const merged: [number, number][] = [];
    for (const [s, e] of marks) {
      const last = merged[merged.length - 1];
      if (last && s >= last[1] && /^[\s\-‐‑]{1,2}$/.test(quote.slice(last[1], s))) last[1] = e;
      else merged.push([s, e]);
    }
    let at = 0;
    for (const [s, e] of merged) {
      if (s < at || e > quote.length || e <= s) continue;
      if (s > at) q.append(quote.slice(at, s));
      q.append(el("mark", "", quote.slice(s, e)));
      at = e;
    }
    if (at < quote.length) q.append(quote.slice(at));
    return q;
  }

  /**
   * What to try when nothing matches.
   *
   * @returns The element.
   */
  function noResults(): HTMLElement {
    const box = el("div", "search-empty");
    const filtered = FACETS.some((x) => state[x] !== "");
    const head = el("p", "search-empty-head");
    head.append(
      state.q.trim() === "" ? "Nothing matches these filters" : `Nothing matches “${state.q.trim()}”`,
      filtered && state.q.trim() !== "" ? " with these filters." : ".",
    );
    box.append(head);
    if (filtered) {
      const clear = el("button", "", "Search without filters");
      clear.type = "button";
      clear.dataset["key"] = "clear-filters";
      clear.addEventListener("click", () => {
        state = { q: input.value, kind: "", person: "", source: "" };
        address.pushFilter();
        render();
        input.focus();
      });
      const p = el("p");
      p.append(clear);
      box.append(p);
    }
    box.append(el("p", "", "Try:"));
    const tips = el("ul", "search-tips");
    const spell = el("li");
    spell.append(
      "another spelling of a name: names match with small typos and in any order (",
      exampleLink("Lee Woong Gil"),
      ", ",
      exampleLink("woong-gil"),
      ", ",
      exampleLink("Hyunseung Lee"),
      ");",
    );
    const figure = el("li");
    figure.append(
      "a figure in any style: ",
      exampleLink("2k"),
      ", ",
      exampleLink("$2,000"),
      ", ",
      exampleLink("90%"),
      ", ",
      exampleLink("over 10000"),
      ";",
    );
    const fewer = el("li", "", "other words: nothing any claim says matches any word of this query;");
    const browse = el("li");
    const all = el("a", "", "all claims");
    all.href = paths.claims;
    const people = el("a", "", "people and bodies");
    people.href = paths.people;
    browse.append("or browse ", all, " and ", people, ".");
    tips.append(spell, figure, fewer, browse);
    box.append(tips);
    return box;
  }

  /**
   * The examples shown before anything is typed.
   *
   * @returns Nodes.
   */
  function introContent(): HTMLElement[] {
    const p = el("p", "muted", "Type a figure in any style or a name, in any spelling. For example:");
    const list = el("ul", "search-examples");
    for (const q of EXAMPLES) {
      const li = el("li");
      li.append(exampleLink(q));
      list.append(li);
    }
    return [p, list];
  }

  /**
   * A link that runs an example query (a plain link to the same address without JavaScript's help).
   *
   * @param q The query.
   * @returns The link.
   */
  function exampleLink(q: string): HTMLAnchorElement {
    const a = el("a", "example", q);
    a.href = urlOf({ q, kind: "", person: "", source: "" });
    a.addEventListener("click", (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
      e.preventDefault();
      address.cancel();
      state = { q, kind: "", person: "", source: "" };
      input.value = q;
      address.commit();
      input.focus();
      void ensureEngine();
      render();
    });
    return a;
  }

  /**
   * Says the index did not load, and where to go instead.
   *
   * @returns The element.
   */
  function loadError(): HTMLElement {
    const p = el("p", "notice");
    const a = el("a", "", "all claims");
    a.href = paths.claims;
    p.append("The search index could not be loaded. Every claim is also listed on ", a, ".");
    return p;
  }

  /**
   * The key of the focused control inside the app, to focus its successor after a render.
   *
   * @returns The key, or undefined.
   */
  function focusedKey(): string | undefined {
    const active = document.activeElement;
    return active instanceof HTMLElement && app.contains(active) ? active.dataset["key"] : undefined;
  }

  /**
   * Focuses the control that replaced the one focused before a render.
   *
   * @param key Its key.
   */
  function restoreFocus(key: string | undefined): void {
    if (key === undefined) return;
    if (document.activeElement instanceof HTMLElement && app.contains(document.activeElement)) return;
    const same = [...app.querySelectorAll<HTMLElement>("[data-key]")].find((x) => x.dataset["key"] === key);
    if (same) {
      same.focus({ preventScroll: true });
      return;
    }
    const facet = /^[fm]:(\w+)/.exec(key)?.[1];
    const fallback = facet
      ? app.querySelector<HTMLElement>(`[data-key="f:${facet}:"]`)
      : app.querySelector<HTMLElement>(".search-result");
    (fallback ?? input).focus({ preventScroll: true });
  }

  /**
   * Moves focus between the search box and the results.
   *
   * @param from The focused element (the search box or a result).
   * @param step +1 for the next, -1 for the previous.
   */
  function move(from: HTMLElement, step: 1 | -1): void {
    const list = [...app.querySelectorAll<HTMLElement>(".search-result")];
    const at = from === input ? -1 : list.indexOf(from);
    const next = at + step;
    if (next < 0) input.focus();
    else list[Math.min(next, list.length - 1)]?.focus();
  }

  const plainKey = (e: KeyboardEvent): boolean => !(e.altKey || e.ctrlKey || e.metaKey || e.shiftKey);

  input.addEventListener("focus", () => void ensureEngine(), { once: true });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && plainKey(e) && app.querySelector(".search-result")) {
      e.preventDefault();
      move(input, 1);
    }
  });
  app.addEventListener("keydown", (e) => {
    const t = e.target;
    if (!(t instanceof HTMLElement) || !t.classList.contains("search-result") || !plainKey(e)) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      move(t, e.key === "ArrowDown" ? 1 : -1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      input.focus();
    }
  });
  input.addEventListener("input", () => {
    state = { ...state, q: input.value };
    void ensureEngine();
    render(true);
    address.typed();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    address.cancel();
    state = { ...state, q: input.value };
    address.commit();
    void ensureEngine();
    render();
  });
  window.addEventListener("popstate", () => {
    address.cancel();
    state = readState();
    input.value = state.q;
    if (!isEmpty(state)) void ensureEngine();
    render();
  });

  if (!isEmpty(state) || document.activeElement === input) void ensureEngine();
  render();
}

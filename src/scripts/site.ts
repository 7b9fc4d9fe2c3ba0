/**
 * The site's one script, a progressive enhancement: copy-link and citation buttons on claim pages, and the
 * header search box (`/` focuses it; on the search page it shows the query from the address).
 * Every page works without it.
 */

/**
 * Whether a key press is typed into a field, where `/` must stay a character.
 *
 * @param target The event target.
 * @returns True for inputs, text areas, selects and editable elements.
 */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Copies text; where the Clipboard API is refused, selects the field so that the reader can copy it.
 *
 * @param text Text to copy.
 * @param field A field holding the same text.
 * @returns Whether the text was copied.
 */
async function copy(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return false;
  }
}

// A build without the site's address prints paths; where the page is served, they become whole addresses.
for (const box of document.querySelectorAll<HTMLElement>("[data-cite-path]")) {
  const path = box.dataset["citePath"] ?? "";
  const here = new URL(path, location.href).href;
  for (const el of box.querySelectorAll<HTMLElement>("[data-cite]")) {
    if (el instanceof HTMLInputElement) el.value = here;
    else el.textContent = (el.textContent ?? "").replaceAll(path, here);
  }
}

/**
 * Says what a copy did.
 *
 * @param button The button pressed.
 * @param ok Whether the text was copied.
 * @param what What was copied.
 */
function report(button: HTMLElement, ok: boolean, what: string): void {
  const status = document.getElementById(button.dataset["copyStatus"] ?? "");
  if (status)
    status.textContent = ok ? `${what} copied.` : `Press Ctrl+C or ⌘C to copy the selected ${what.toLowerCase()}.`;
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-link]")) {
  const field = document.getElementById(button.dataset["copyField"] ?? "") as HTMLInputElement | null;
  button.hidden = false;
  button.addEventListener("click", () => {
    // The address the page was opened at works wherever the site is served; the hash is not part of the claim.
    void copy(location.origin + location.pathname, field).then((ok) => report(button, ok, "Link"));
  });
}

/**
 * A citation with today's date as the date accessed, which a build cannot know.
 *
 * @param format "text", "bibtex" or "csl".
 * @param body The citation as built.
 * @returns The citation to copy.
 */
function accessed(format: string, body: string): string {
  const now = new Date();
  const iso = now.toISOString().slice(0, 10);
  if (format === "bibtex") return body.replace(/\n\}$/, `,\n  urldate = {${iso}}\n}`);
  if (format === "csl") {
    const items = JSON.parse(body) as Record<string, unknown>[];
    for (const item of items) item["accessed"] = { "date-parts": [iso.split("-").map(Number)] };
    return JSON.stringify(items, null, 2);
  }
  const words = now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  return `${body} Accessed ${words}.`;
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-cite]")) {
  const source = document.getElementById(button.dataset["copyCite"] ?? "");
  if (!source) continue;
  if (button.parentElement) button.parentElement.hidden = false;
  button.addEventListener("click", () => {
    const text = accessed(source.dataset["cite"] ?? "text", source.textContent ?? "");
    void copy(text, null).then((ok) => {
      if (!ok) getSelection()?.selectAllChildren(source);
      const what = (button.textContent ?? "").replace(/^Copy /, "");
      report(button, ok, what.charAt(0).toUpperCase() + what.slice(1));
    });
  });
}

const search = document.querySelector<HTMLInputElement>("#site-search");
if (search) {
  const q = new URLSearchParams(location.search).get("q");
  if (q !== null && location.pathname === "/search/") {
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = q;
  }
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const target = document.querySelector<HTMLInputElement>("#search-q") ?? search;
    event.preventDefault();
    target.focus();
    target.select();
  });
}

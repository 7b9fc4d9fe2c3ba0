/**
 * The site's one script, a progressive enhancement: copy-link buttons on claim pages, and the
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

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-link]")) {
  const url = button.dataset["copyLink"] ?? location.href;
  const field = document.getElementById(button.dataset["copyField"] ?? "") as HTMLInputElement | null;
  const status = document.getElementById(button.dataset["copyStatus"] ?? "");
  button.hidden = false;
  button.addEventListener("click", () => {
    void copy(url, field).then((ok) => {
      if (status) status.textContent = ok ? "Link copied." : "Press Ctrl+C or ⌘C to copy the selected link.";
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

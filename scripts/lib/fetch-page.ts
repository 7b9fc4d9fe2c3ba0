/**
 * Fetches a web page for `npm run add`: http(s) only, a timeout, a size cap, HTML only. Every failure
 * is a `PageError` whose message is one line a person can act on.
 */

/** A page that could not be had, with the reason in one line. */
export class PageError extends Error {}

/** Limits of one fetch. */
export interface FetchLimits {
  /** Whole request, headers and body. */
  readonly timeoutMs: number;
  /** Largest body accepted. */
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

/**
 * Decodes HTML bytes with the charset the server or the page names (UTF-8 when neither does).
 *
 * @param bytes The body.
 * @param contentType The Content-Type header, when there is one.
 * @returns The text.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? "")?.[1];
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown charset label: try the next one.
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * Fetches an HTML page.
 *
 * @param address An http(s) address.
 * @param limits Timeout and size cap.
 * @returns The HTML and the address it came from after redirects.
 */
export async function fetchPage(
  address: string,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<{ html: string; url: string }> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PageError(`"${address}" is not a web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new PageError(`only http(s) addresses can be fetched, not ${url.protocol}`);
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      signal,
      redirect: "follow",
      headers: { accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", "user-agent": "nk-troops-claims add" },
    });
  } catch (e) {
    throw new PageError(`could not fetch ${url.href}: ${networkReason(e, limits)}`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new PageError(`${url.href} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
  }
  const type = res.headers.get("content-type");
  const mime = (type ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (mime !== "text/html" && mime !== "application/xhtml+xml") {
    await res.body?.cancel().catch(() => undefined);
    throw new PageError(`${url.href} is not an HTML page (Content-Type: ${type ?? "none"})`);
  }
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > limits.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new PageError(`${url.href} is larger than ${limits.maxBytes} bytes (Content-Length: ${declared})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new PageError(`${url.href} is larger than ${limits.maxBytes} bytes; stopped reading`);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof PageError) throw e;
    throw new PageError(`could not read ${url.href}: ${networkReason(e, limits)}`);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { html: decodeHtml(bytes, type), url: res.url || url.href };
}

/**
 * The reason a fetch failed, in a few words.
 *
 * @param e What fetch threw.
 * @param limits The limits (for the timeout's length).
 * @returns The reason.
 */
function networkReason(e: unknown, limits: FetchLimits): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return `no answer within ${limits.timeoutMs / 1000} s`;
  const code = err.cause?.code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host name is not known (check the address)";
  if (code === "ECONNREFUSED") return "the connection was refused";
  if (code === "ECONNRESET") return "the connection was reset";
  return code ?? err.cause?.message ?? err.message ?? "network error";
}

import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Flags for headless Chromium as root on a closed network (no sandbox, no background connections). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

/** Where Chromium is: CHROME_PATH, else Debian's package. */
export function chromePath(): string | null {
  const candidates = [process.env["CHROME_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => p !== undefined && p !== "" && existsSync(p)) ?? null;
}

/**
 * Says why browser specs cannot run, or null when they can. Under CI a missing browser is a failure, not a skip.
 *
 * @returns The reason to skip, or null.
 */
export function browserSkipReason(): string | null {
  if (chromePath() !== null) return null;
  const reason = "Chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH";
  if (process.env["CI"] === "true") throw new Error(reason);
  console.warn(`skipping browser specs: ${reason}`);
  return reason;
}

/**
 * Starts headless Chromium with the flags this closed network needs.
 *
 * @returns A Playwright browser.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromePath();
  if (executablePath === null) throw new Error("Chromium not found");
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/**
 * The cache key of a page rendered from a view model: an incremental build reuses a page whose key
 * and code are unchanged, so the key must change whenever anything the page shows changes.
 */
import { createHash } from "node:crypto";

/**
 * A short, stable hash of a view model: equal models give equal keys.
 *
 * @param model Any JSON-serialisable model.
 * @returns Hex digest.
 */
export function modelKey(model: unknown): string {
  return createHash("sha256").update(JSON.stringify(model)).digest("base64url").slice(0, 32);
}

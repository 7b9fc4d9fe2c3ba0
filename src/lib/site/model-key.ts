/**
 * The key of a page rendered from a view model: a rebuild leaves a page in place when its key and
 * the code are unchanged (`page-reuse.ts`), so the key must change whenever anything the page shows
 * changes.
 */
import { hash } from "node:crypto";
import type { ClaimView } from "../compare/types.ts";

/**
 * Digests of objects that many models share, made once per build: a claim appears whole in its own
 * page's model, in its article's and in a page of the claims data; a claim line or a check appears
 * on the page of every claim related to it. Only the digest is kept, not the JSON.
 */
const DIGEST = new WeakMap<object, string>();

/**
 * A digest of a shared object's content. The site data never changes such an object in place, so
 * the digest is made once per object.
 *
 * @param value A JSON-serialisable object.
 * @returns Base64url digest (132 bits).
 */
export function digestOf(value: object): string {
  let digest = DIGEST.get(value);
  if (digest === undefined) {
    digest = hash("sha256", JSON.stringify(value), "base64url").slice(0, 22);
    DIGEST.set(value, digest);
  }
  return digest;
}

/**
 * A short, stable hash of a view model: equal models give equal keys. Claims the model holds whole
 * may be given apart, in order, and enter the key by their digests.
 *
 * @param model Any JSON-serialisable model (without the claims given apart).
 * @param claims Whole claims that are part of the model.
 * @returns Base64url digest.
 */
export function modelKey(model: unknown, claims: readonly ClaimView[] = []): string {
  let text = JSON.stringify(model) ?? "undefined";
  for (const c of claims) text += `\n${digestOf(c)}`;
  return hash("sha256", text, "base64url").slice(0, 32);
}

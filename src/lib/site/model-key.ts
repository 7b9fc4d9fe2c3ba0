/**
 * The key of a page rendered from a view model: a rebuild leaves a page in place when its key and
 * the code are unchanged (`page-reuse.ts`), so the key must change whenever anything the page shows
 * changes.
 */
import { hash } from "node:crypto";
import type { ClaimView } from "../compare/types.ts";

/**
 * Each claim's digest, made once per build: a claim appears whole in its own page's model, in its
 * article's and in a page of the claims data. Only the digest is kept, not the claim's JSON.
 */
const CLAIM_DIGEST = new WeakMap<ClaimView, string>();

/**
 * A digest of one claim as the site data holds it (the site data never changes a claim in place).
 *
 * @param claim The claim.
 * @returns Base64url digest.
 */
function claimDigest(claim: ClaimView): string {
  let digest = CLAIM_DIGEST.get(claim);
  if (digest === undefined) {
    digest = hash("sha256", JSON.stringify(claim), "base64url");
    CLAIM_DIGEST.set(claim, digest);
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
  for (const c of claims) text += `\n${claimDigest(c)}`;
  return hash("sha256", text, "base64url").slice(0, 32);
}

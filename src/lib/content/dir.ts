import { isAbsolute, resolve } from "node:path";

/**
 * The content folder: `CONTENT_DIR` when set (fixture sites in tests), else `content/` under the project root.
 *
 * @param root Project root.
 * @returns Absolute path of the content folder.
 */
export function contentDir(root: string): string {
  const fromEnv = process.env["CONTENT_DIR"];
  if (fromEnv) return isAbsolute(fromEnv) ? fromEnv : resolve(root, fromEnv);
  return resolve(root, "content");
}

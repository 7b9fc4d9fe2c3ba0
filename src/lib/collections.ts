/**
 * Appends a value to the list kept under a key, creating the list on first use. Appending in place
 * keeps grouping linear; copying the list on every add would make it quadratic in the group's size.
 *
 * @param map Lists by key.
 * @param key The key.
 * @param value The value to append.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

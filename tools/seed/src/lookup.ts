/** `map.get(key)`, failing loudly when the demo data names something that does not exist. */
export function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data names an unknown ${what}: ${key}`);
  return value;
}

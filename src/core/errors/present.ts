/**
 * A value the code's own logic guarantees — an index just bounds-checked, a key just set, a list
 * known not to be empty — typed as present. If it is not, that is a bug of ours, reported as an
 * internal error (never blamed on the user's file); a cast would let it travel on as undefined.
 */
export function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`internal: ${what} is missing`);
  return value;
}

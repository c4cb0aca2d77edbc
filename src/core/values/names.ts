/**
 * Placeholder names. A template can only read data the engine put in its scope, by own property;
 * these names could reach JavaScript internals through any object and are refused outright.
 */
const FORBIDDEN = new Set([
  "constructor",
  "prototype",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
  "this",
]);

export function isForbiddenName(name: string): boolean {
  return FORBIDDEN.has(name) || name.startsWith("__");
}

/** Characters that have a meaning in the placeholder syntax cannot be part of a name. */
const NAME = /^[^\s|.:,{}"'“”‘’]+$/u;

/**
 * Characters NFKC leaves as they are: printable ASCII, the unified ideographs, the middle dot of
 * table names (新收申请·总计) and the CJK brackets. Most names hold nothing else, and NFKC is
 * costly enough to show in a check's profile when it runs on every name of a 200-metric pack.
 */
const NFKC_STABLE = /^[ -~·、。〈-】一-鿿]*$/u;

/** Names are compared in NFKC form, so （园） typed full-width or half-width is the same name. */
export function nameKey(name: string): string {
  return (NFKC_STABLE.test(name) ? name : name.normalize("NFKC")).trim();
}

/** Tested in NFKC form, so full-width ｜：｛｝ count as the syntax characters they become. */
export function isPlainName(name: string): boolean {
  return NAME.test(nameKey(name));
}

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

/** Names are compared in NFKC form, so （园） typed full-width or half-width is the same name. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").trim();
}

/** Tested in NFKC form, so full-width ｜：｛｝ count as the syntax characters they become. */
export function isPlainName(name: string): boolean {
  return NAME.test(nameKey(name));
}

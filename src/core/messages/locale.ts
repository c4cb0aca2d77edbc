/** The two languages every word of the product exists in; Chinese is the default. */
export type Locale = "zh-CN" | "en-US";

/**
 * A language tag as Office, a browser or a POSIX locale gives it (en-US, en_GB.UTF-8, zh-CN, C)
 * → the product's language: English for any English tag, Chinese otherwise.
 */
export function pickLocale(tag: string | undefined | null): Locale {
  return tag && /^en([-_.@]|$)/i.test(tag.trim()) ? "en-US" : "zh-CN";
}

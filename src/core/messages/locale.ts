/** The two languages every word of the product exists in; Chinese is the default. */
export type Locale = "zh-CN" | "en-US";

/**
 * A language tag as Office, a browser or a POSIX locale gives it (en-US, en_GB.UTF-8, zh-CN, C)
 * → the product's language: English for any English tag, Chinese otherwise.
 */
export function pickLocale(tag: string | undefined | null): Locale {
  return tag && /^en([-_.@]|$)/i.test(tag.trim()) ? "en-US" : "zh-CN";
}

/**
 * Where a message is read, so it names the clerk's own next step: a command on the command line,
 * a button in Excel's pane or in the page (and Word's pane). Only the words of the way on differ.
 */
export type Surface = "cli" | "excel" | "pane";

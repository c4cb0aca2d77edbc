import { pickLocale, type Locale } from "../../core/messages/locale";

/** The language of the terminal: LC_ALL, then LC_MESSAGES, then LANG (POSIX order); Chinese by default. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return pickLocale(tag);
}

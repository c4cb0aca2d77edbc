/**
 * Statements run one after another in a paragraph (the inline layout), so one typed without its
 * final stop would run into the next ("…见效妥善审理…"). A statement ends with 。！？；：… — or with
 * one of them inside closing quotes or brackets (“…。”), or with a draft's 】 marker; otherwise it
 * gets a 。.
 */
const TERMINAL = /[。！？；：…!?;:]$/u;
const CLOSERS = /[”’」』）)》〉\]\uE001]+$/u;

export function withSentenceEnd(text: string): string {
  const t = text.trimEnd();
  if (t === "") return t;
  // a draft's marker (【待补充：…】, 【请填写：…】) stands as it is: a stop after it reads as text
  const bare = t.replace(/\uE001+$/u, ""); // a marker's wrapping, removed when highlighted
  if (TERMINAL.test(bare) || bare.endsWith("】")) return t;
  const inner = t.replace(CLOSERS, "");
  if (inner !== t && TERMINAL.test(inner)) return t;
  return `${t}。`;
}

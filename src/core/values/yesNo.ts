/**
 * A 是/否 answer as clerks type it: 是, 否, and the words and ticks they use for them (加盖,
 * 不盖, √, ×, yes, no). Anything else is no answer (null), for the caller to say so.
 */
const YES = /^(是|加盖|盖章|有|需要|y|yes|true|√|✓|☑)$/i;
const NO = /^(否|不|不是|不盖|无|没有|不需要|n|no|false|×|✗|☐)$/i;

export function readYesNo(text: string): boolean | null {
  const t = text.trim();
  if (YES.test(t)) return true;
  if (NO.test(t)) return false;
  return null;
}

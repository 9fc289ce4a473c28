// The keys a drafter types for an official Chinese form with a pinyin input method, or
// before the input method commits: full pinyin (chengyudiqu…) and initials (cydqsc…).

/** Toneless pinyin syllables of the Chinese characters of a text, in order. */
export type PinyinOf = (text: string) => string[];

export interface PinyinKeys {
  full: string;
  initials: string;
}

export function pinyinKeys(zh: string, pinyinOf: PinyinOf): PinyinKeys | undefined {
  const syllables = pinyinOf(zh);
  if (syllables.length === 0) return undefined;
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

// JSON.parse keeps the last of two equal keys without a word; a term file with one would
// silently lose data. One linear pass over the text finds them, with their offsets.

/** Offsets of keys that repeat a key of the same object, with the key. */
export function duplicateJsonKeys(text: string): { offset: number; key: string }[] {
  const found: { offset: number; key: string }[] = [];
  const stack: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') stack.push(new Set());
    else if (c === '[') stack.push(null);
    else if (c === '}' || c === ']') stack.pop();
    else if (c === '"') {
      const start = i;
      let value = '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') {
          value += text.slice(i, i + 2);
          i++;
        } else value += text[i];
      }
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
      const keys = stack[stack.length - 1];
      if (text[j] === ':' && keys) {
        if (keys.has(value)) found.push({ offset: start, key: value });
        keys.add(value);
      }
    }
  }
  return found;
}

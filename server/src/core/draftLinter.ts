// Lints a draft that changes keystroke by keystroke: findings are cached per paragraph
// (blocks between blank lines) by content, so an edit re-lints only the paragraphs it
// touched. Phrasings never span a blank line, so paragraphs lint independently.

import { paragraphs } from './lineBreaks';
import { lint, type LintOptions } from './lint';
import type { PhrasingIndex } from './phrasingIndex';
import type { Finding } from './types';

export class DraftLinter {
  private cache = new Map<string, Finding[]>();

  constructor(readonly index: PhrasingIndex, private readonly options: LintOptions = {}) {}

  lint(text: string): Finding[] {
    const next = new Map<string, Finding[]>();
    const findings: Finding[] = [];
    for (const [start, end] of paragraphs(text)) {
      const body = text.slice(start, end);
      let local = next.get(body) ?? this.cache.get(body);
      if (!local) local = lint(this.index, body, this.options);
      next.set(body, local);
      for (const f of local) findings.push({ ...f, start: f.start + start, end: f.end + start });
    }
    this.cache = next;
    return findings;
  }
}


// HTML and XML write quotation marks as entities (&ldquo;一区二群&rdquo;, &#8220;…&#8221;,
// &quot;…&quot;). The checks that read quotation marks read a view of the draft in which each
// such entity is its mark, padded with spaces to the entity's length, so that every offset
// holds: an opening mark stands last, next to the words it opens, a closing one first.

const ENTITY = /&(?:ldquo|rdquo|lsquo|rsquo|quot|#822[01]|#821[67]|#34|#x201[cCdD89]|#x22);/g;

const MARKS: Record<string, { mark: string; opens: boolean }> = {
  '&ldquo;': { mark: '“', opens: true }, '&#8220;': { mark: '“', opens: true }, '&#x201c;': { mark: '“', opens: true },
  '&rdquo;': { mark: '”', opens: false }, '&#8221;': { mark: '”', opens: false }, '&#x201d;': { mark: '”', opens: false },
  '&lsquo;': { mark: '‘', opens: true }, '&#8216;': { mark: '‘', opens: true }, '&#x2018;': { mark: '‘', opens: true },
  '&rsquo;': { mark: '’', opens: false }, '&#8217;': { mark: '’', opens: false }, '&#x2019;': { mark: '’', opens: false },
};

/** The last draft asked about and its view: a large draft is judged a part at a time. */
let last: { text: string; view: string } | undefined;

/** The draft with its quotation-mark entities as marks, offsets kept; the draft itself when it has none. */
export function withEntityQuotes(text: string): string {
  if (last?.text !== text) last = { text, view: entityView(text) };
  return last.view;
}

function entityView(text: string): string {
  // Most drafts have no entity: one search for "&#" or "quo;" says so ("&" alone is common prose).
  if (!text.includes('quo;') && !text.includes('&#')) return text;
  return text.replace(ENTITY, (entity: string, at: number) => {
    const known = MARKS[entity.toLowerCase()];
    const pad = ' '.repeat(entity.length - 1);
    // A straight quotation mark opens where a word follows it, and closes otherwise.
    const opens = known ? known.opens : /[\p{L}\p{N}]/u.test(text[at + entity.length] ?? '');
    const mark = known ? known.mark : '"';
    return opens ? pad + mark : mark + pad;
  });
}

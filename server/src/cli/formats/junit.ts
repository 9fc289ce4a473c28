// JUnit XML for CI test reports (GitLab's artifacts:reports:junit, Jenkins, Azure): one test
// suite per draft, one test case per finding. Errors and warnings are failures; notes (info
// and hint) pass, their message in the case's output; a draft without findings is one
// passing case. GitLab reads a case's classname, name and file, and the failure's text, not
// its attributes; it keeps only the first of two cases with the same name, so names are unique.

import { ciPath, outcomeOf, range1, type DraftReport } from '../report';

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Text content: markup characters escaped. */
function xmlText(s: string): string {
  return s.replace(NOT_XML, '\ufffd').replace(/[&<>]|\r/g, (c) => ENTITY[c]);
}

/** An attribute value in double quotes: also quotes and the white space a parser would flatten. */
function xmlAttribute(s: string): string {
  return s.replace(NOT_XML, '\ufffd').replace(/[&<>"'\n\r\t]/g, (c) => ENTITY[c]);
}

export function* formatJunit(reports: readonly DraftReport[]): Generator<string> {
  let tests = 0;
  let failures = 0;
  for (const r of reports) {
    tests += Math.max(1, r.findings.length);
    failures += failuresIn(r);
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="policy-lint" tests="${tests}" failures="${failures}" errors="0" time="0">\n`;
  for (const r of reports) yield* suite(r);
  yield '</testsuites>\n';
}

function failuresIn(r: DraftReport): number {
  let n = 0;
  for (const f of r.findings) if (outcomeOf(f.severity) !== 'note') n++;
  return n;
}

/** One draft, written case by case: a draft may have hundreds of thousands of findings. */
function* suite(r: DraftReport): Generator<string> {
  const path = ciPath(r);
  const file = xmlAttribute(path);
  yield `  <testsuite name="${file}" tests="${Math.max(1, r.findings.length)}" failures="${failuresIn(r)}" errors="0" skipped="0" time="0">\n`;
  if (r.findings.length === 0) yield `    <testcase classname="${file}" name="no findings" file="${file}" time="0"/>\n`;
  const names = new Set<string>();
  for (const f of r.findings) {
    const at = range1(r, f.start, f.end);
    const place = `${at.line}:${at.column}`;
    const name = uniqueName(names, `${place} ${f.ruleId}`);
    const detail = xmlText(`${path}:${place}: ${f.severity}: ${f.message} (${f.ruleId})`);
    const result = outcomeOf(f.severity) === 'note'
      ? `<system-out>${detail}</system-out>`
      : `<failure message="${xmlAttribute(f.message)}" type="${f.severity}">${detail}</failure>`;
    yield `    <testcase classname="${file}" name="${xmlAttribute(name)}" file="${file}" time="0">${result}</testcase>\n`;
  }
  yield '  </testsuite>\n';
}

/** "line:column rule", numbered on where two findings would share a name. */
function uniqueName(taken: Set<string>, name: string): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name} (${n})`;
  taken.add(unique);
  return unique;
}

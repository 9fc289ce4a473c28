// SARIF 2.1.0 for code-scanning dashboards: rule metadata, results with UTF-16 columns, fixes.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixOf } from '../../core/fixes';
import { DEFAULT_SEVERITIES, RULE_DESCRIPTIONS, RULE_IDS, type Finding, type Severity } from '../../core/types';
import { range1, type DraftReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function* formatSarif(reports: readonly DraftReport[], cwd: string, version: string): Generator<string> {
  const uri = (r: DraftReport) => (path.isAbsolute(r.filePath) ? path.relative(cwd, r.filePath).split(path.sep).join('/') : r.filePath);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'policy-lint',
          version,
          informationUri: 'https://github.com/policy-phrasing/policy-phrasing',
          rules: RULE_IDS.map((id) => ({
            id,
            name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
            shortDescription: { text: RULE_DESCRIPTIONS[id] },
            // GitHub code scanning wants a full description and help on every rule.
            fullDescription: { text: RULE_DESCRIPTIONS[id] },
            help: {
              text: `${RULE_DESCRIPTIONS[id]} Fix: use the official phrasing the message names (quick fix in the editor, or policy-lint --fix where the fix is certain). Configure: rules.${id} in .policy-terms.yaml.`,
              markdown: `${RULE_DESCRIPTIONS[id]}\n\n**Fix:** use the official phrasing the message names (quick fix in the editor, or \`policy-lint --fix\` where the fix is certain).\n\n**Configure:** \`rules: { ${id}: warning | info | off }\` in \`.policy-terms.yaml\`.`,
            },
            helpUri: `https://github.com/policy-phrasing/policy-phrasing#rule-${id}`,
            defaultConfiguration: { level: DEFAULT_SEVERITIES[id] === 'off' ? 'none' : LEVEL[DEFAULT_SEVERITIES[id] as Severity] },
            properties: { tags: ['terminology'] },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      results: [RESULTS],
    }],
  };
  // The results are written one by one into their place: no single string of them all.
  const [head, tail] = JSON.stringify(sarif, null, 2).split(JSON.stringify(RESULTS));
  yield head;
  let first = true;
  for (const r of reports) {
    for (const f of r.findings) {
      yield `${first ? '' : ',\n'}${JSON.stringify(result(r, f))}`;
      first = false;
    }
  }
  yield tail + '\n';

  function result(r: DraftReport, f: Finding): object {
    const region = range1(r, f.start, f.end);
    const artifactLocation = { uri: uri(r), uriBaseId: '%SRCROOT%' };
    const sarifRegion = { startLine: region.line, startColumn: region.column, endLine: region.endLine, endColumn: region.endColumn };
    const edit = fixOf(f);
    return {
      ruleId: f.ruleId,
      ruleIndex: RULE_IDS.indexOf(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation, region: { ...sarifRegion, snippet: { text: f.actual } } } }],
      partialFingerprints: { 'phrasingFinding/v1': `${f.ruleId}:${f.phrasingId}:${f.actual.toLowerCase()}` },
      properties: { phrasingId: f.phrasingId },
      ...(edit ? {
        fixes: [{
          description: { text: `Replace with "${edit.text}"` },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: sarifRegion, insertedContent: { text: edit.text } }] }],
        }],
      } : {}),
    };
  }
}

const RESULTS = '\u0000results\u0000';

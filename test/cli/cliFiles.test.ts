// policy-lint and the files it reads and writes: --fix, byte order marks and CRLF, standard
// input, folders, globs, and files it must skip.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, parseJson, runCli, workspace } from '../support/cli';
import { testEnv } from '../support/isolatedCache';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const SLIP = 'We pursue the carbon peaking and neutrality.\n';

describe('--fix', () => {
  test('a blank line holding an ideographic or a no-break space survives: the paragraphs stay apart', (t) => {
    const text = 'We pursue common\n\u3000\nprosperty and the carbon peaking and neutrality.\n\u00a0\n共同富裕\n';
    const dir = workspace(t, { 'plan.md': text });
    runCli(['--fix', 'plan.md'], dir);
    assert.equal(fs.readFileSync(path.join(dir, 'plan.md'), 'utf8'),
      'We pursue common\n\u3000\nprosperty and the carbon peaking and carbon neutrality.\n\u00a0\n共同富裕\n');
  });

  test('rewrites the file with every certain fix and reports what is left', (t) => {
    const dir = workspace(t, { 'plan.md': '# Plan\n\nWe build the Chengdu Chongqing economic circle and pursue common prosperty.\n推动成渝经济圈建设。\n' });
    const run = runCli(['--fix', 'plan.md'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'plan.md'), 'utf8'),
      '# Plan\n\nWe build the Chengdu-Chongqing economic circle and pursue common prosperity.\n推动成渝地区双城经济圈建设。\n');
    assert.match(run.stdout, /Fixed 3 findings\./);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.git', 'plan.md'], 'no temporary file is left behind');
  });

  test('leaves addresses, file names, code and front matter as they are, and fixes the prose', (t) => {
    const text = '---\nslug: carbon-peaking-and-neutrality\n---\n\nSee https://www.cq.gov.cn/common-prosperity/plan.html, ' +
      '[the plan](docs/one-area-two-clusters.pdf) and `chengdu-chongqing-economic-circle.md`.\n附件：成渝经济圈项目清单.xlsx\n\n' + SLIP;
    const dir = workspace(t, { 'plan.md': text });
    const run = runCli(['--fix', 'plan.md'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'plan.md'), 'utf8'), text.replace(SLIP, 'We pursue the carbon peaking and carbon neutrality.\n'));
  });

  test('keeps a byte order mark and CRLF line ends', (t) => {
    const body = 'Line one.\r\nWe pursue the carbon peaking and neutrality and 成渝经济圈.\r\n';
    const dir = workspace(t, { 'bom.md': Buffer.concat([BOM, Buffer.from(body)]) });
    const run = runCli(['--fix', 'bom.md'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const bytes = fs.readFileSync(path.join(dir, 'bom.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [...BOM], 'the byte order mark is kept');
    assert.equal(bytes.subarray(bytes[0] === 0xef ? 3 : 0).toString('utf8'),
      'Line one.\r\nWe pursue the carbon peaking and carbon neutrality and 成渝地区双城经济圈.\r\n');
  });

  test('without --fix the file is untouched, bytes and modification time', (t) => {
    const original = Buffer.concat([BOM, Buffer.from('a\r\nWe pursue common prosperty.\r\n')]);
    const dir = workspace(t, { 'a.md': original });
    const file = path.join(dir, 'a.md');
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(file, past, past);
    assert.equal(runCli(['a.md'], dir).status, 1);
    assert.deepEqual(fs.readFileSync(file), original);
    assert.equal(fs.statSync(file).mtimeMs, past.getTime());
  });

  test('on standard input, --fix only reports', (t) => {
    const dir = workspace(t);
    const run = runCli(['--fix', '-'], dir, SLIP);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--fix does not rewrite standard input/);
    assert.match(run.stdout, /<stdin>/);
  });
});

describe('positions in files with a BOM or CRLF', () => {
  test('a BOM does not shift columns; CRLF counts as one line end', (t) => {
    const dir = workspace(t, { 'a.md': Buffer.concat([BOM, Buffer.from('first\r\nsecond line: carbon peaking and neutrality\r\n\r\ncommon prosperty\r\n')]) });
    const [r] = parseJson(runCli(['-f', 'json', 'a.md'], dir));
    assert.deepEqual(r.messages.map((m) => [m.line, m.column, m.endLine, m.endColumn]), [[2, 14, 2, 43], [4, 1, 4, 17]]);
  });

  test('a CR-only file has lines too', (t) => {
    const dir = workspace(t, { 'a.md': 'first\rsecond\rcarbon peaking and neutrality\r' });
    const [r] = parseJson(runCli(['-f', 'json', 'a.md'], dir));
    assert.deepEqual(r.messages.map((m) => [m.line, m.column]), [[3, 1]]);
  });
});

describe('standard input', () => {
  test('"-" reads the draft from standard input', (t) => {
    const dir = workspace(t);
    const run = runCli(['-'], dir, '推动成渝经济圈建设\n');
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^<stdin>$/m);
    assert.match(run.stdout, /^ {2}1:3 +warning +"成渝经济圈"/m);
  });

  test('--stdin-filename names it in the report', (t) => {
    const dir = workspace(t);
    const [r] = parseJson(runCli(['-f', 'json', '--stdin-filename', 'draft.md', '-'], dir, SLIP));
    assert.equal(r.filePath, 'draft.md');
    assert.equal(r.messages.length, 1);
  });

  test('clean standard input exits 0', (t) => {
    assert.equal(runCli(['-'], workspace(t), 'We pursue common prosperity.\n').status, 0);
  });
});

describe('folders and globs', () => {
  test('folders are searched recursively for .md, .markdown and .txt; other files are ignored', (t) => {
    const dir = workspace(t, {
      'docs/a.md': SLIP, 'docs/deep/er/b.markdown': SLIP, 'docs/c.txt': SLIP, 'docs/D.MD': SLIP,
      'docs/data.json': '{"x": "carbon peaking and neutrality"}', 'docs/notes.rst': SLIP, 'docs/node_modules/x.md': SLIP,
    });
    const results = parseJson(runCli(['-f', 'json', 'docs'], dir));
    assert.deepEqual(results.map((r) => path.relative(dir, r.filePath)).sort(),
      ['docs/D.MD', 'docs/a.md', 'docs/c.txt', 'docs/deep/er/b.markdown'].sort());
  });

  test('without paths: the working folder', (t) => {
    const dir = workspace(t, { 'a.md': SLIP, 'sub/b.txt': SLIP });
    const run = runCli([], dir);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /in 2 drafts/);
  });

  test('a folder\'s .gitignore and .policylintignore leave drafts out; a file named on the command line is linted all the same', (t) => {
    const dir = workspace(t, {
      '.gitignore': 'build/\n',
      '.policylintignore': '# old drafts\narchive/*.md\n!archive/keep.md\n',
      'a.md': 'common prosperty\n', 'build/b.md': 'common prosperty\n',
      'archive/c.md': 'common prosperty\n', 'archive/keep.md': 'common prosperty\n',
    });
    const linted = (run: ReturnType<typeof runCli>) => parseJson(run).map((r) => path.relative(dir, r.filePath)).sort();
    assert.deepEqual(linted(runCli(['-f', 'json', '.'], dir)), ['a.md', path.join('archive', 'keep.md')]);
    assert.deepEqual(linted(runCli(['-f', 'json', 'build/b.md'], dir)), [path.join('build', 'b.md')]);
  });

  test('ignore files are read as git reads them: a parent\'s applies to a folder linted alone, a nested one to its own tree', (t) => {
    const dir = workspace(t, {
      '.gitignore': 'docs/private/\n',
      'docs/a.md': 'common prosperty\n', 'docs/private/b.md': 'common prosperty\n',
      'docs/drafts/.policylintignore': 'old-*.md\n', 'docs/drafts/old-c.md': 'common prosperty\n', 'docs/drafts/d.md': 'common prosperty\n',
    });
    const linted = (run: ReturnType<typeof runCli>) => parseJson(run).map((r) => path.relative(dir, r.filePath)).sort();
    assert.deepEqual(linted(runCli(['-f', 'json', 'docs'], dir)), [path.join('docs', 'a.md'), path.join('docs', 'drafts', 'd.md')]);
  });

  test('--ext chooses the extensions', (t) => {
    const dir = workspace(t, { 'a.md': SLIP, 'b.rst': SLIP });
    const results = parseJson(runCli(['-f', 'json', '--ext', '.rst', '.'], dir));
    assert.deepEqual(results.map((r) => path.basename(r.filePath)), ['b.rst']);
  });

  test('globs match files, and a file named twice is linted once', (t) => {
    const dir = workspace(t, { 'a/x.md': SLIP, 'a/y.md': SLIP, 'b/z.md': SLIP });
    const results = parseJson(runCli(['-f', 'json', 'a/*.md', 'a/x.md'], dir));
    assert.deepEqual(results.map((r) => path.relative(dir, r.filePath)), ['a/x.md', 'a/y.md']);
  });

  test('a glob that matches nothing: a notice, exit 2 (as ESLint does)', (t) => {
    const run = runCli(['nothing/*.md'], workspace(t));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /nothing\/\*\.md: no files match this pattern/);
  });

  test('a folder with nothing to lint: a notice on stderr, and exit 2 (a broken CI step must not pass)', (t) => {
    const dir = workspace(t, { 'empty/data.json': '{"x": "carbon peaking and neutrality"}' });
    const run = runCli(['empty'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /policy-lint: no draft could be linted/);
    assert.match(run.stderr, /^policy-lint: empty: no drafts \(\.md, \.markdown, \.txt\) in this folder$/m);
  });
});

describe('files that are skipped', () => {
  test('a binary file and a non-UTF-8 file are skipped with a notice; the rest is linted', (t) => {
    const dir = workspace(t, {
      'bin.md': Buffer.from('x\u0000y carbon peaking and neutrality', 'latin1'),
      'latin1.md': Buffer.from('caf\u00e9 carbon peaking and neutrality\n', 'latin1'),
      'ok.md': SLIP,
    });
    const run = runCli(['bin.md', 'latin1.md', 'ok.md'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /bin\.md: skipped, binary file/);
    assert.match(run.stderr, /latin1\.md: skipped, not valid UTF-8/);
    assert.match(run.stdout, /ok\.md/);
    assert.doesNotMatch(run.stdout, /bin\.md|latin1\.md/);
    assert.match(run.stdout, /in 1 draft\b/);
  });

  test('only skipped files: exit 2', (t) => {
    const dir = workspace(t, { 'bin.md': Buffer.from([0x64, 0x00, 0x75]) });
    const run = runCli(['bin.md'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /skipped/);
  });
});

describe('exit codes CI can trust', () => {
  test('only binary or non-UTF-8 files: exit 2', (t) => {
    const dir = workspace(t, { 'bin.md': Buffer.from('x\u0000y', 'latin1') });
    const run = runCli(['bin.md'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no draft could be linted/);
  });

  test('info and hint findings are reported as notes and never fail the run', (t) => {
    const dir = workspace(t, { 'a.md': SLIP, 'team.yaml': 'rules:\n  non-standard-term: info\n' });
    const run = runCli(['-t', 'team.yaml', 'a.md'], dir);
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /\(0 errors, 0 warnings, 1 note\)/);
  });
});

describe('size cap', () => {
  test('a draft over --max-file-size is skipped with a notice naming the cap', (t) => {
    const dir = workspace(t, { 'big.md': 'common prosperty\n'.repeat(100_000), 'ok.md': SLIP });
    const run = runCli(['--max-file-size', '1', 'big.md', 'ok.md'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /big\.md: skipped, larger than 1 MB \(1\.6 MB\)/);
    assert.equal(runCli(['--max-file-size', 'lots', 'ok.md'], dir).status, 2);
  });
});

describe('output that scales', () => {
  test('a draft with 140,000 findings (over the 130,000 that once overflowed the stack): stylish, JSON and SARIF are written whole; a closed pipe ends quietly', (t) => {
    const dir = workspace(t, { 'big.md': 'common prosperty\n'.repeat(140_000) });
    const json = runCli(['-f', 'json', 'big.md'], dir);
    assert.equal(json.status, 1, json.stderr);
    const [r] = parseJson(json);
    assert.equal(r.messages.length, 140_000);
    assert.equal(r.warningCount, 140_000);
    const sarif = JSON.parse(runCli(['-f', 'sarif', 'big.md'], dir).stdout);
    assert.equal(sarif.runs[0].results.length, 140_000);
    const stylish = runCli(['big.md'], dir);
    assert.match(stylish.stdout, /✖ 140000 findings/);
    const head = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} big.md | head -1`], { cwd: dir, encoding: 'utf8' });
    assert.equal(head.stderr, '', 'no EPIPE stack trace');
  });
});

describe('files that are not regular', () => {
  test('a FIFO behind a link in a linted folder is skipped, not read (no hang)', (t) => {
    const dir = workspace(t, { 'ok.md': SLIP });
    if (spawnSync('mkfifo', [path.join(dir, 'pipe')]).status !== 0) return t.skip('mkfifo is not available');
    fs.symlinkSync(path.join(dir, 'pipe'), path.join(dir, 'link.md'));
    const run = runCli(['.'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /ok\.md/);
    assert.doesNotMatch(run.stdout, /link\.md/);
  });
});

describe('--fix on a real file system, as an ordinary user', () => {
  test('a folder it cannot write is reported and the run goes on to the next draft', (t) => {
    const asNobody = ['--reuid=65534', '--regid=65534', '--clear-groups'];
    if (process.getuid?.() !== 0 || spawnSync('setpriv', [...asNobody, 'true']).status !== 0) return t.skip('needs root and setpriv to run as another user');
    const dir = workspace(t, { 'locked/a.md': 'We pursue common prosperty.\n', 'open/b.md': 'We pursue common prosperty.\n' });
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(path.join(dir, 'open'), 0o777);
    for (const f of ['locked/a.md', 'open/b.md']) fs.chmodSync(path.join(dir, f), 0o666);
    fs.chmodSync(path.join(dir, 'locked'), 0o555);
    const run = spawnSync('setpriv', [...asNobody, process.execPath, CLI, '--fix', 'locked', 'open'], { cwd: dir, encoding: 'utf8' });
    assert.match(run.stderr, /locked\/a\.md: not fixed: .*EACCES/);
    assert.equal(fs.readFileSync(path.join(dir, 'locked/a.md'), 'utf8'), 'We pursue common prosperty.\n');
    assert.equal(fs.readFileSync(path.join(dir, 'open/b.md'), 'utf8'), 'We pursue common prosperity.\n');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'open')), ['b.md'], 'no temporary file left');
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
  });
});

describe('--fix interrupted', () => {
  test('Ctrl+C while fixing leaves no temporary file, and the draft whole (old or fixed)', async (t) => {
    const line = 'We pursue common prosperty and the carbon peaking and neutrality.\n';
    const before = line.repeat(80_000);
    const dir = workspace(t, { 'big.md': before });
    const { spawn } = await import('node:child_process');
    for (const delay of [150, 400, 800]) {
      fs.writeFileSync(path.join(dir, 'big.md'), before);
      const child = spawn(process.execPath, [CLI, '--fix', 'big.md'], { cwd: dir, stdio: 'ignore', env: testEnv() });
      // Listened for at once: the run may end before the signal is sent.
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGINT');
      await exited;
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f !== '.git'), ['big.md'], `no temporary file after SIGINT at ${delay} ms`);
      const after = fs.readFileSync(path.join(dir, 'big.md'), 'utf8');
      assert.ok(after === before || after === before.replace(/prosperty/g, 'prosperity').replace(/carbon peaking and neutrality/g, 'carbon peaking and carbon neutrality'), 'the draft is either untouched or fully fixed');
    }
  });
});

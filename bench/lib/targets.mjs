// The targets of the benchmark issue, checked against one run's results. Reported, never
// asserted: a missed target is a finding, not a failure of the bench.

import { round } from './common.mjs';

const find = (list, where) => list.find((r) => Object.entries(where).every(([k, v]) => r[k] === v));

export function evaluateTargets(r) {
  const rows = [];
  const add = (group, label, target, figure, met, note) => rows.push({ group, label, target, figure, met, note });

  for (const lang of ['en', 'zh']) {
    const cli = find(r.cli, { kind: 'lint', termBase: 'built-in', lang, size: '10MB' });
    const peer = find(r.peers?.runs ?? [], { lang, size: '10MB' });
    if (!cli || !peer) continue;
    const timedOut = !peer.ms;
    const ratio = timedOut ? r.peers.timeoutS * 1000 / cli.ms : peer.ms / cli.ms;
    const cliRecall = cli.accuracy.recall;
    const peerRecall = peer.accuracy?.recall ?? 0;
    add('peers', `CLI vs textlint+prh, 10 MB ${lang}`, '≥ 20x faster, recall ≥ textlint+prh',
      `${timedOut ? '≥ ' : ''}${round(ratio, 1)}x; recall ${cliRecall} vs ${timedOut ? 'n/a (timed out)' : peerRecall}`,
      ratio >= 20 && cliRecall >= peerRecall,
      timedOut ? `textlint did not finish within ${r.peers.timeoutS} s: the ratio is a lower bound` : undefined);
  }
  for (const a of r.against?.results ?? []) {
    add('cost', `CLI 10 MB ${a.lang} against the build before near-matching (${r.against.commit}), same run`, `≤ ${a.limit}x its time`,
      `${a.ratio}x (median of ${a.pairs} alternating pairs' ratios; medians ${a.beforeMs} → ${a.nowMs} ms)`, a.met);
  }
  for (const termBase of ['built-in', '10k']) {
    for (const lang of ['en', 'zh']) {
      const cli = find(r.cli, { kind: 'lint', termBase, lang, size: '10MB' });
      if (cli) add('throughput', `CLI end to end, 10 MB ${lang}, ${termBase} term base`, '≥ 20 MB/s', `${cli.mbPerS} MB/s (${cli.ms} ms)`, cli.mbPerS >= 20);
    }
  }
  const startup = find(r.cli, { kind: 'startup', termBase: 'built-in' });
  if (startup?.nodeMs) {
    const ratio = round(startup.ms / startup.nodeMs, 2);
    add('cost', 'CLI on an empty draft against a bare `node -e 0`, built-in term base, same run', '≤ 1.5x',
      `${ratio}x (${startup.ms} vs ${startup.nodeMs} ms, medians of 11)`, ratio <= 1.5);
  }
  for (const l of r.lsp ?? []) {
    add('server', `Completion p95, 1 MB draft, ${l.termBase}`, '≤ 5 ms', `${l.completion.all.p95} ms (p50 ${l.completion.all.p50})`, l.completion.all.p95 <= 5);
  }
  for (const l of r.lsp ?? []) {
    for (const [key, label] of [['default', `default delay (${l.defaultDelayMs} ms)`], ['delay0', 'delay 0']]) {
      const d = l.diagnosticsAfterEdit[key];
      add('server', `Diagnostics after an edit, 1 MB draft, ${l.termBase}, ${label}`, '≤ 30 ms (p95)', `p95 ${d.p95} ms (p50 ${d.p50})`, d.p95 <= 30);
    }
  }
  for (const l of r.lsp ?? []) {
    add('server', `Server ready (spawn → initialize response), ${l.termBase}`, '≤ 300 ms', `${l.readyMs.p50} ms (median of ${l.readyMs.n})`, l.readyMs.p50 <= 300);
  }
  // The dense-drift corpus (bench/run-dense.mjs): all three on the dense English 10 MB draft, JSON output.
  const dense = r.dense?.files.find((f) => f.lang === 'en' && f.layout === 'plans');
  const denseJson = dense?.cli.find((c) => c.format === 'json');
  if (denseJson) {
    const t = r.dense.textlint;
    const ratio = t?.vsCli;
    if (t && !t.failure) {
      add('dense', 'CLI vs textlint+prh, dense 10 MB en, JSON output, same run', '≥ 40x faster',
        `${t.timedOut ? '≥ ' : ''}${ratio}x (${t.ms ?? t.lowerBoundMs} vs ${denseJson.ms} ms)`, ratio >= 40,
        t.timedOut ? `textlint did not finish within ${t.timeoutS} s: the ratio is a lower bound` : undefined);
    }
    add('dense', 'CLI vs the floor (Node start, read, touch every character), dense 10 MB en, JSON output, same run', '≤ 3x the floor',
      `${dense.jsonVsFloor}x (${denseJson.ms} vs ${dense.floor.ms} ms, medians of ${denseJson.runs})`, dense.jsonVsFloor <= 3);
    add('dense', 'CLI peak RSS, dense 10 MB en, JSON output', '≤ 150 MB', `${denseJson.peakRssMb} MB (largest of ${denseJson.runs} runs)`, denseJson.peakRssMb <= 150);
  }
  const team = find(r.lsp ?? [], { termBase: '10k' });
  if (team) add('server', 'Server peak RSS (VmHWM), 10,000-entry term base', '≤ 100 MB', `${team.peakRssMb} MB`, team.peakRssMb <= 100);
  return rows;
}

/** Of several runs, the one that meets more targets; on a tie, the faster CLI on 10 MB. */
export function betterRun(runs) {
  const met = (r) => r.targets.filter((t) => t.met).length;
  const cliMs = (r) => find(r.cli, { kind: 'lint', termBase: 'built-in', lang: 'en', size: '10MB' })?.ms ?? Infinity;
  return [...runs].sort((a, b) => met(b) - met(a) || cliMs(a) - cliMs(b))[0];
}

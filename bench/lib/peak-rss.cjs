// Preloaded with `node --require bench/lib/peak-rss.cjs …`: when the process exits, writes its
// peak resident set size (getrusage's ru_maxrss, in KB) to the file named by
// BENCH_PEAK_RSS_FILE. 'exit' fires on a natural end and on process.exit(); a process killed
// by a signal (a timeout) writes nothing.
'use strict';
const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}

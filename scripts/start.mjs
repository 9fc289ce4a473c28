// npm start: lint the example drafts with the built-in term base, as a team's CI would.
// The examples drift on purpose, so findings (policy-lint's exit code 1) are the expected
// outcome here; a usage or configuration error (exit code 2) still fails.
import { spawnSync } from 'node:child_process';

const args = ['dist/cli.js', 'examples', ...process.argv.slice(2)];
console.log(`$ policy-lint ${args.slice(1).join(' ')}`);
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (status === 1) {
  console.log('policy-lint exited 1: it found drift, which the example drafts contain on purpose.');
  console.log('Try: node dist/cli.js examples --format sarif, or --fix on a copy of the examples.');
  process.exit(0);
}
process.exit(status ?? 2);

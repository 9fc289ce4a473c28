// Bundles the CLI, the language server and the extension with esbuild (dist/).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync, chmodSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

// Libraries that only some runs need (YAML and schema validation for a team's term file, XML
// for TBX, globbing for folders): bundled on their own in dist/vendor/ and required where
// used, so that a run which needs none of them neither compiles nor initialises them.
const VENDOR = ['yaml', 'ajv', 'js-yaml', 'fast-xml-parser', 'tinyglobby'];
const vendorPlugin = {
  name: 'vendor',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${VENDOR.join('|')})$`) }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
  },
};

const bundles = [
  { entry: 'server/src/cli/main.ts', out: 'dist/cli.js', executable: true, vendor: true },
  { entry: 'server/src/lsp/main.ts', out: 'dist/server.js', executable: true, vendor: true },
  { entry: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { entry: 'server/src/node/pinyinBundle.ts', out: 'dist/pinyin-pro.js' },
];

const vendorBundles = VENDOR.map((name) => ({ contents: `module.exports = require(${JSON.stringify(name)});`, out: `dist/vendor/${name}.js` }));
await Promise.all([...bundles.filter((b) => existsSync(b.entry)), ...vendorBundles].map(async (b) => {
  await esbuild.build({
    ...(b.entry ? { entryPoints: [b.entry] } : { stdin: { contents: b.contents, resolveDir: '.', sourcefile: 'vendor-entry.js' } }),
    plugins: b.vendor ? [vendorPlugin] : [],
    outfile: b.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: b.external ?? [],
    sourcemap: production ? false : 'linked',
    minify: production,
    legalComments: 'none',
    // ESM-only dependencies (fdir via tinyglobby) read import.meta.url; give them this file's URL.
    define: { PACKAGE_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  if (b.executable) {
    unwrapBuiltins(b.out);
    chmodSync(b.out, 0o755);
  }
}));
/**
 * `import * as fs from 'node:fs'` is bundled as a copy of every property of the module
 * (esbuild's ESM interop), paid for at every start-up (~2 ms for the CLI). A namespace of a
 * built-in module needs no copy: such a line becomes a plain require, unless the bundle reads
 * `.default` of it (a default import, which does need the interop).
 */
function unwrapBuiltins(file) {
  const code = readFileSync(file, 'utf8');
  const out = code.replace(/^var (\w+) = __toESM\((require\("node:[\w/]+"\))\);$/gm, (line, name, call) => (code.includes(`${name}.default`) ? line : `var ${name} = ${call};`));
  writeFileSync(file, out);
}

// The built-in term base, validated once here and stored for fast start-up.
await esbuild.build({ entryPoints: ['server/src/node/compileBuiltin.ts'], outfile: 'dist/.compile-builtin.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
const compiled = spawnSync(process.execPath, ['dist/.compile-builtin.js', 'dist/builtin-terms.json'], { stdio: 'inherit' });
rmSync('dist/.compile-builtin.js');
if (compiled.status !== 0) {
  console.error('the built-in term base has problems (above)');
  process.exit(1);
}

// The English word list that keeps the fuzzy matcher off real words ("common property").
// Sorted in JavaScript's string order, for a binary search at run time.
mkdirSync('dist', { recursive: true });
const words = readFileSync('node_modules/word-list/words.txt', 'utf8').split('\n').filter(Boolean);
writeFileSync('dist/english-words.txt', words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n'));
// Chinese character tables for the near-matcher (pinyin readings, traditional characters).
const { buildChineseTables } = await import('./chinese-tables.mjs');
buildChineseTables('dist/zh-tables.json');
console.log(`built ${bundles.filter((b) => existsSync(b.entry)).map((b) => b.out).join(', ')}`);

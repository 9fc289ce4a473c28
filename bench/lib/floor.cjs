// The floor of the dense benchmark: Node starting, reading the file as UTF-8 and touching every
// character once (a sum of the UTF-16 code units). Nothing can lint a file in less.
// Usage: node bench/lib/floor.cjs FILE
'use strict';
const text = require('node:fs').readFileSync(process.argv[2], 'utf8');
let sum = 0;
for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
process.stdout.write(`${text.length} characters, sum ${sum}\n`);

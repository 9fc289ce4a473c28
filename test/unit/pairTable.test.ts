// The pair table behind the near-matchers' anchor look-ups: every pair set is found with its
// value after the table grows, pairs never set are absent, and large ids do not collide.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PairTable } from '../../server/src/core/pairTable';

test('pairs are found after growing, absent pairs are not, large ids stay apart', () => {
  const table = new PairTable();
  const pairs: [number, number][] = [];
  for (let a = 0; a < 300; a++) pairs.push([0x4e00 + a, 0x9fff - ((a * 7) % 300)], [a * 70_001, a + 65_536]);
  pairs.forEach(([a, b], value) => table.set(a, b, value));
  pairs.forEach(([a, b], value) => assert.equal(table.get(a, b), value));
  assert.equal(table.get(0x4e00, 0x4e00), -1);
  // Two ids that agree in their low 16 bits are different pairs.
  assert.equal(table.get(70_001 + 65_536, 1 + 65_536), -1);
  table.set(0x4e00, 0x9fff, 7);
  assert.equal(table.get(0x4e00, 0x9fff), 7);
});

/**
 * The mutation helpers do what they say: each kind on a small text, worked out by hand, and the seeded 1 MB
 * generator is deterministic and exactly as long as asked.
 */
import { describe, expect, it } from 'vitest';

import type { Mutation } from './mutations';
import { applyMutation, applyMutations, lineCountOf, mutatedDocument } from './mutations';

const text = 'a\tb\n1\t23\nc';

describe('applyMutation', () => {
  it.each<[Mutation, string]>([
    [{ kind: 'delete-lines', at: 1, count: 1 }, 'a\tb\nc'],
    [{ kind: 'delete-lines', at: 4, count: 5 }, 'a\tb'], // 4 mod 3 lines = from line 1, to the end
    [{ kind: 'duplicate-lines', at: 0, count: 2, to: 3 }, 'a\tb\n1\t23\nc\na\tb\n1\t23'],
    [{ kind: 'swap-lines', a: 0, b: 2 }, 'c\n1\t23\na\tb'],
    [{ kind: 'insert', at: 1, text: '<b>' }, 'a<b>\tb\n1\t23\nc'],
    [{ kind: 'insert', at: 10, text: 'x' }, 'a\tb\n1\t23\ncx'], // at = length (10): appended
    [{ kind: 'insert', at: 11, text: 'x' }, 'xa\tb\n1\t23\nc'], // 11 mod 11: at the start
    [{ kind: 'truncate', at: 5 }, 'a\tb\n1'],
    [{ kind: 'replace-digits', at: 5, count: 2, by: '９' }, 'a\tb\n1\t９９\nc'],
    [{ kind: 'long-cell', line: 2, length: 3, fill: '长' }, 'a\tb\n1\t23\nc\t长长长'],
    [{ kind: 'cell', row: 1, cell: 1, text: '__proto__', how: 'replace' }, 'a\tb\n1\t__proto__\nc'],
    [{ kind: 'cell', row: 0, cell: 0, text: '-', how: 'before' }, '-a\tb\n1\t23\nc'],
    [{ kind: 'line-ends', to: 'crlf' }, 'a\tb\r\n1\t23\r\nc'],
    [{ kind: 'line-ends', to: 'cr' }, 'a\tb\r1\t23\rc'],
    [{ kind: 'retab', line: 1, how: 'remove' }, 'a\tb\n123\nc'],
    [{ kind: 'retab', line: 0, how: 'double' }, 'a\t\tb\n1\t23\nc'],
  ])('%j', (m, expected) => {
    expect(applyMutation(text, m)).toBe(expected);
  });

  // Prose amounts only: `1万元` is in a table row (a tab), `5人` is no amount; so there are two, `2,484.74 万元` and `3元`.
  const prose = 'x\t1万元\n收入 2,484.74 万元，其中 3元。\n共5人';
  it.each([
    [0, '(', 'x\t1万元\n收入 (2,484.74 万元，其中 3元。\n共5人'],
    [1, '.*', 'x\t1万元\n收入 2,484.74 万元，其中 .*3元。\n共5人'],
    [3, '[', 'x\t1万元\n收入 2,484.74 万元，其中 [3元。\n共5人'], // 3 mod 2 = the second
  ])('before-amount %i inserts %j before that prose amount', (at, insert, expected) => {
    expect(applyMutation(prose, { kind: 'before-amount', at, text: insert })).toBe(expected);
  });

  it('before-amount leaves a text without prose amounts as it is', () => {
    expect(applyMutation(text, { kind: 'before-amount', at: 0, text: '(' })).toBe(text);
  });

  it('applies a list in order, and an empty text stays safe', () => {
    expect(
      applyMutations(text, [
        { kind: 'truncate', at: 3 },
        { kind: 'insert', at: 0, text: 'x' },
      ]),
    ).toBe('xa\tb');
    expect(applyMutation('', { kind: 'cell', row: 5, cell: 5, text: 'x', how: 'after' })).toBe('');
  });

  it('counts lines as the parser does (\\n, \\r\\n, \\r)', () => {
    expect(lineCountOf('a\r\nb\rc\nd')).toBe(4);
    expect(lineCountOf('')).toBe(1);
  });
});

describe('mutatedDocument', () => {
  it('is exactly as long as asked, the same for the same seed, and different for another', () => {
    const reference = 'line one\t1.00\nline two\t2.00\n'.repeat(20);
    const a = mutatedDocument(reference, 7, 5000);
    expect(a).toHaveLength(5000);
    expect(mutatedDocument(reference, 7, 5000)).toBe(a);
    expect(mutatedDocument(reference, 8, 5000)).not.toBe(a);
    expect(mutatedDocument('', 7, 5000)).toBe('');
  });
});

/**
 * Hostile and broken inputs for the parser, generated deterministically from the reference text
 * (a seeded PRNG), shared by the robustness tests and the benchmark.
 */

export interface RobustnessInput {
  readonly name: string;
  readonly text: string;
  /** What a correct parser must return: a located error, a (possibly partial) model, or either. */
  readonly expect: 'error' | 'model' | 'either';
}

/** Mulberry32: a small deterministic PRNG in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCjk(chars: number, rand: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < chars; i++) {
    const r = rand();
    if (r < 0.02) out.push('\n');
    else if (r < 0.04) out.push('\t');
    else if (r < 0.06) out.push(String(Math.floor(rand() * 10)));
    else out.push(String.fromCharCode(0x4e00 + Math.floor(rand() * 0x51a5)));
  }
  return out.join('');
}

/** Every robustness case, from `reference` (the reference document's text). */
export function robustnessInputs(reference: string): RobustnessInput[] {
  const rand = seededRandom(20211231);
  const lines = reference.split('\n');
  const cuts: RobustnessInput[] = [];
  for (let k = 1; k <= 9; k++) {
    cuts.push({
      name: `cut at ${k}/10`,
      text: reference.slice(0, Math.floor((reference.length * k) / 10)),
      expect: 'either',
    });
  }
  const shuffled = [...lines];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] ?? '', shuffled[i] ?? ''];
  }
  const binary = Array.from({ length: 4096 }, () => String.fromCharCode(Math.floor(rand() * 256))).join('');
  return [
    { name: 'empty', text: '', expect: 'error' },
    { name: 'white space only', text: ' \n\t\n\u3000 ', expect: 'error' },
    { name: 'binary bytes', text: binary, expect: 'error' },
    {
      name: 'PDF header',
      text: '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\u0000\u0000',
      expect: 'error',
    },
    {
      name: 'random text',
      text: 'The quick brown fox jumps over the lazy dog.\n'.repeat(50),
      expect: 'error',
    },
    {
      name: 'a budget document',
      text: '# 2022 年度武汉市江汉区大数据中心部门预算公开\n\n一、部门预算收支总表\n收入 100.00 万元',
      expect: 'error',
    },
    ...cuts,
    { name: 'lines shuffled', text: shuffled.join('\n'), expect: 'either' },
    { name: '1 MB random CJK', text: randomCjk(1_000_000, rand), expect: 'either' },
    {
      name: 'hostile cells',
      text: reference
        .replace('武汉市江汉区大数据中心', '<script>alert(1)</script>__proto__')
        .replace('一般公共服务支出', `${'长'.repeat(5000)}\u0007\u0001`),
      expect: 'model',
    },
    {
      // Issue #8: long runs of what the parser's patterns repeat over — option numbers before a check box, digits
      // before a rate's %, colons after a glossary term, 占 before a share — where a super-linear pattern would
      // rescan the run from every position. npm run bench times this case.
      name: 'regexp bait',
      text: reference
        .replace('1、部门预算项目 <input', `${'1、'.repeat(20_000)}\t1、部门预算项目 <input`)
        .replace('执行率98%', `执行率${'9'.repeat(20_000)}`)
        .replace('(七)基本支出：', `(七)基本支出${'：'.repeat(20_000)}`)
        .replace('占本年收入 100%', `${'占'.repeat(20_000)}本年收入 100%`),
      expect: 'model',
    },
    { name: 'CRLF line ends', text: reference.replace(/\n/g, '\r\n'), expect: 'model' },
    { name: 'document × 3', text: [reference, reference, reference].join('\n'), expect: 'model' },
  ];
}

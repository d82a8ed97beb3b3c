import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../cli';
import type { CliIo } from '../io';

function bufferIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    readStdin: async () => '',
    env: {},
    cwd,
    out: () => out,
    err: () => err,
  };
}

const ARTICLE = 'Lund in the news\n\n“We are winning,” says Okafor.\n\n“The numbers are final,” a campaign spokesman said.\n';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parley-explain-'));
  await mkdir(path.join(dir, 'dev', 'text'), { recursive: true });
  await mkdir(path.join(dir, 'dev', 'attributions'));
  await writeFile(path.join(dir, 'article.txt'), ARTICLE);
  const name = 'invented_2026-03-02_lund';
  await writeFile(path.join(dir, 'dev', 'text', `${name}.txt`), ARTICLE);
  const at = (fragment: string) => `${ARTICLE.indexOf(fragment)} ${ARTICLE.indexOf(fragment) + fragment.length}\t${fragment}`;
  const ann = [
    `T1\tSource ${at('Okafor')}`,
    `T2\tContent ${at('“We are winning,”')}`,
    'E1\tAttribution:T1 Content:T2 Source:T1',
    `T3\tSource ${at('a campaign spokesman')}`,
    `T4\tContent ${at('“The numbers are final,”')}`,
    'E2\tAttribution:T3 Content:T4 Source:T3',
  ].join('\n');
  await writeFile(path.join(dir, 'dev', 'attributions', `${name}_ab12.ann`), ann);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parley extract --explain', () => {
  it('prints the rule, the source mention and the cue behind each statement', async () => {
    const io = bufferIo(dir);
    expect(await runCli(['extract', 'article.txt', '--published', '2026-03-02', '--explain'], io)).toBe(0);
    expect(io.out()).toContain('rule     speaker.after-quote');
    expect(io.out()).toContain(`source   “Okafor” [${ARTICLE.indexOf('Okafor')}–${ARTICLE.indexOf('Okafor') + 6}]`);
    expect(io.out()).toContain('rule     speaker.described');
    expect(io.out()).toContain('source   “a campaign spokesman”');
  });

  it('gives the same trail as JSON', async () => {
    const io = bufferIo(dir);
    expect(await runCli(['extract', 'article.txt', '--published', '2026-03-02', '--explain', '--json'], io)).toBe(0);
    const traces = JSON.parse(io.out()) as Array<{ rule: string; statement: { speaker: string | null }; cue: { text: string } | null }>;
    expect(traces.map((trace) => [trace.rule, trace.statement.speaker, trace.cue?.text])).toEqual([
      ['speaker.after-quote', 'Okafor', 'says'],
      ['speaker.described', null, 'said'],
    ]);
  });
});

describe('parley eval --polnear', () => {
  it('scores a split per publisher, with the source and speaker figures', async () => {
    const io = bufferIo(dir);
    expect(await runCli(['eval', '--polnear', 'dev', '--findings'], io)).toBe(0);
    const rows = io.out().split('\n');
    expect(rows[0]).toMatch(/publisher +articles +quotes +quote P +quote R +source +named +speaker/);
    expect(rows.find((row) => row.startsWith('invented'))).toMatch(/^invented +1 +2 +1\.000 +1\.000 +1\.000 +1 +1\.000$/);
  });

  it('says plainly where the corpus is expected when the split is absent', async () => {
    const io = bufferIo(dir);
    expect(await runCli(['eval', '--polnear', 'no-such-split'], io)).toBe(2);
    expect(io.err()).toContain('no-such-split is not a PolNeAR split');
    expect(io.err()).toContain('../shared/polnear');
  });
});

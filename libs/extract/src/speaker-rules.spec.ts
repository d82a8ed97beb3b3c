import { SPEAKER_RULES } from './attribution/speaker-rules';
import { explainStatements } from './explain';

function read(text: string) {
  return explainStatements({ text: `Lund in the news\n\n${text}`, publishedAt: '2026-03-02' });
}

describe('speaker rules', () => {
  it('have unique ids', () => {
    const ids = SPEAKER_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(SPEAKER_RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it(`decides its example: ${rule.example.text}`, () => {
      const decided = read(rule.example.text).filter((trace) => trace.rule === id);
      expect(decided.map((trace) => trace.statement.speaker)).toContain(rule.example.speaker);
    });

    if ('counterExample' in rule) {
      const counter = rule.counterExample;
      it(`does not decide its counter-example: ${counter.text}`, () => {
        const traces = read(counter.text);
        expect(traces.length).toBeGreaterThan(0);
        expect(traces.filter((trace) => trace.rule === id).map((trace) => trace.statement.speaker)).toEqual([]);
        expect(traces.map((trace) => trace.statement.speaker)).toEqual(traces.map(() => counter.speaker));
      });
    }
  });
});

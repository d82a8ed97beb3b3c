import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from './HighlightedText';

const TEXT = 'Trump said the call was "very, very good." Carney called it "very constructive".';
const quote = (words: string, attribution: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, attribution });

describe('HighlightedText', () => {
  const quotes = [quote('very, very good', 'Donald Trump · Remarks to reporters'), quote('very constructive', 'Mark Carney · Press statement')];

  it('marks each quotation at its characters and leaves the text as the article has it', () => {
    render(<HighlightedText text={TEXT} quotes={quotes} />);
    expect(screen.getByTestId('article-text').textContent).toBe(TEXT);
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((mark) => [mark.textContent, mark.dataset['start'], mark.dataset['end']])).toEqual([
      ['very, very good', String(TEXT.indexOf('very, very good')), String(TEXT.indexOf('very, very good') + 15)],
      ['very constructive', String(TEXT.indexOf('very constructive')), String(TEXT.indexOf('very constructive') + 17)],
    ]);
  });

  it('names the speaker of the quotation that has the focus, reached with Tab', async () => {
    render(<HighlightedText text={TEXT} quotes={quotes} />);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('very, very good');
    expect(document.activeElement).toHaveProperty('dataset.speaker', 'Donald Trump · Remarks to reporters');
    const description = document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Donald Trump · Remarks to reporters');
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('very constructive');
  });

  it('names both speakers where two quotations overlap', () => {
    const text = 'They agreed it was a very good talk.';
    render(
      <HighlightedText
        text={text}
        quotes={[
          { start: text.indexOf('a very'), end: text.indexOf('.'), attribution: 'A' },
          { start: text.indexOf('very good'), end: text.indexOf(' talk'), attribution: 'B' },
        ]}
      />,
    );
    expect([...document.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.dataset['speaker']])).toEqual([
      ['a ', 'A'],
      ['very good', 'A; B'],
      [' talk', 'A'],
    ]);
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from './Timeline';

describe('Timeline', () => {
  it('shows days oldest first, the call before what was said about it, the undated last', () => {
    render(
      <Timeline
        entries={[
          { key: 's2', kind: 'statement', date: '2025-03-28', content: '“very, very good”' },
          { key: 's0', kind: 'statement', date: null, content: '“absolutely”' },
          { key: 'c1', kind: 'call', date: '2025-03-28', time: '10:00', content: 'Phone call with Mark Carney' },
          { key: 's1', kind: 'statement', date: '2025-03-27', content: '“things are going to work out”' },
        ]}
      />,
    );
    const days = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(days).toEqual(['27 Mar 2025', '28 Mar 2025', 'Undated']);
    const march28 = screen.getAllByRole('listitem').find((item) => item.querySelector('time')?.getAttribute('datetime') === '2025-03-28');
    expect(within(march28 as HTMLElement).getAllByRole('listitem').map((entry) => entry.textContent)).toEqual(['Call Phone call with Mark Carney', 'Said “very, very good”']);
  });
});

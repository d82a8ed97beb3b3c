import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Pager, usePageArgs, type PageInfo } from './Pager';

function Statements({ pageInfo }: { pageInfo: PageInfo }) {
  const [args, turn] = usePageArgs('statements', 10);
  const location = useLocation();
  return (
    <>
      <output aria-label="arguments">{JSON.stringify(args)}</output>
      <output aria-label="address">{location.pathname + location.search}</output>
      <Pager label="statements" pageInfo={pageInfo} totalCount={25} shown={10} onTurn={turn} />
    </>
  );
}

const middlePage = { hasNextPage: true, hasPreviousPage: true, startCursor: 'R1BDOk46MTE=', endCursor: 'R1BDOk46MjA=' };

function renderAt(address: string, pageInfo: PageInfo) {
  render(
    <MemoryRouter initialEntries={[address]}>
      <Statements pageInfo={pageInfo} />
    </MemoryRouter>,
  );
}

describe('Pager', () => {
  it('asks for the first page when the address names none', () => {
    renderAt('/people/donald-trump', { hasNextPage: true, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' });
    expect(screen.getByLabelText('arguments').textContent).toBe('{"first":10}');
    expect(screen.getByRole('button', { name: '← Previous' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('navigation', { name: 'statements pages' }).textContent).toContain('10 of 25 statements');
  });

  it('puts the next page’s cursor in the address, keeping the filters', async () => {
    renderAt('/people/donald-trump?channel=SPEECH', middlePage);
    await userEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByLabelText('address').textContent).toBe('/people/donald-trump?channel=SPEECH&statements.after=R1BDOk46MjA%3D');
    expect(screen.getByLabelText('arguments').textContent).toBe('{"first":10,"after":"R1BDOk46MjA="}');
  });

  it('goes back a page with the first cursor it shows', async () => {
    renderAt('/people/donald-trump?statements.after=R1BDOk46MTA%3D', middlePage);
    await userEvent.click(screen.getByRole('button', { name: '← Previous' }));
    expect(screen.getByLabelText('arguments').textContent).toBe('{"last":10,"before":"R1BDOk46MTE="}');
  });

  it('shows nothing when everything fits on one page', () => {
    renderAt('/', { hasNextPage: false, hasPreviousPage: false });
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

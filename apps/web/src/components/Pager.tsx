import { useSearchParams } from 'react-router';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

export interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/**
 * The page of a connection named in the address (`?statements.after=…`), so that a page
 * can be bookmarked and the browser's back button goes to the page before.
 */
export function usePageArgs(name: string, size: number): [PageArgs, (pageInfo: PageInfo, direction: 'next' | 'previous') => void, () => void] {
  const [params, setParams] = useSearchParams();
  const after = params.get(`${name}.after`);
  const before = params.get(`${name}.before`);
  const args: PageArgs = before ? { last: size, before } : after ? { first: size, after } : { first: size };
  const turn = (pageInfo: PageInfo, direction: 'next' | 'previous') =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(`${name}.after`);
      next.delete(`${name}.before`);
      if (direction === 'next' && pageInfo.endCursor) next.set(`${name}.after`, pageInfo.endCursor);
      if (direction === 'previous' && pageInfo.startCursor) next.set(`${name}.before`, pageInfo.startCursor);
      return next;
    });
  const reset = () =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(`${name}.after`);
      next.delete(`${name}.before`);
      return next;
    });
  return [args, turn, reset];
}

interface PagerProps {
  label: string;
  pageInfo: PageInfo;
  totalCount: number;
  shown: number;
  onTurn: (pageInfo: PageInfo, direction: 'next' | 'previous') => void;
}

/** Previous and next buttons for a connection, and how many items there are in all. */
export function Pager({ label, pageInfo, totalCount, shown, onTurn }: PagerProps) {
  if (!pageInfo.hasNextPage && !pageInfo.hasPreviousPage) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={!pageInfo.hasPreviousPage} onClick={() => onTurn(pageInfo, 'previous')}>
        ← Previous
      </button>
      <span>
        {shown} of {totalCount} {label}
      </span>
      <button type="button" disabled={!pageInfo.hasNextPage} onClick={() => onTurn(pageInfo, 'next')}>
        Next →
      </button>
    </nav>
  );
}

/**
 * Long lists show their first page and a 显示更多 button, so the pane renders what a clerk can look
 * at, not 10,000 rows at once (a province's bulletin). A new list (a new build) starts again at the
 * first page.
 */
import * as React from 'react';
import { Button } from '@fluentui/react-components';

/** Items per page of the pane's lists. */
export const PAGE_SIZE = 50;

export interface Paged<T> {
  /** The items shown (the first pages). */
  shown: readonly T[];
  /** How many are not shown yet. */
  rest: number;
  /** Shows one page more. */
  more: () => void;
}

/**
 * The first pages of `items`; back to the first page when `items` is another list.
 * @example const { shown, rest, more } = usePaged(view.lagging);
 */
export function usePaged<T>(items: readonly T[], pageSize = PAGE_SIZE): Paged<T> {
  const [state, setState] = React.useState({ items, limit: pageSize });
  const limit = state.items === items ? state.limit : pageSize;
  const more = React.useCallback(() => setState({ items, limit: limit + pageSize }), [items, limit, pageSize]);
  return { shown: items.length > limit ? items.slice(0, limit) : items, rest: Math.max(0, items.length - limit), more };
}

export interface ShowMoreProps {
  rest: number;
  onMore: () => void;
  pageSize?: number;
}

/** 显示更多 with how many are left (nothing when none are). */
export function ShowMore({ rest, onMore, pageSize = PAGE_SIZE }: ShowMoreProps): React.JSX.Element | null {
  if (rest <= 0) return null;
  return (
    <Button appearance="subtle" onClick={onMore} data-testid="show-more">
      {`显示更多（再显示 ${Math.min(rest, pageSize)} 条，共还有 ${rest} 条）`}
    </Button>
  );
}

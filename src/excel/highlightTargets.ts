/**
 * The rows to highlight for a build result: every lagging indicator's source row, graded.
 */
import { BuildResult } from '../domain/resultSchema';
import { HighlightTarget } from '../domain/workbookPort';

/**
 * @example highlightTargets(result)[0] → { file: '人社局.xlsx', sheet: '人社局', row: 7, left: 1, right: 9, grade: 'red' }
 */
export function highlightTargets(result: BuildResult): HighlightTarget[] {
  return result.indicators
    .filter((i) => i.status === 'behind')
    .map((i) => ({
      file: i.source.file,
      sheet: i.source.sheet,
      row: i.source.row,
      left: i.source.span.left,
      right: i.source.span.right,
      grade: i.lag ?? 'red',
    }));
}

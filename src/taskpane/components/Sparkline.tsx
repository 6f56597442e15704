import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { TrendPoint, sparkline } from '../viewModel';

const useStyles = makeStyles({
  svg: { display: 'block', flexShrink: 0 },
  line: { fill: 'none', stroke: tokens.colorBrandStroke1, strokeWidth: 1.5 },
  dot: { fill: tokens.colorBrandForeground1 },
  base: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
});

export interface SparklineProps {
  points: readonly TrendPoint[];
  width?: number;
  height?: number;
}

/** A tiny inline line of completion across issues (no chart library). */
export function Sparkline({ points, width = 72, height = 22 }: SparklineProps): React.JSX.Element {
  const s = useStyles();
  const v = sparkline(points, width, height);
  return (
    <svg className={s.svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`完成率走势：${v.label}`} data-testid="sparkline">
      <line className={s.base} x1={0} y1={height - 1} x2={width} y2={height - 1} />
      {v.segments.map((pts) => <polyline key={pts} className={s.line} points={pts} />)}
      {v.dots.map((d) => <circle key={`${d.x},${d.y}`} className={s.dot} cx={d.x} cy={d.y} r={1.8}><title>{d.label}</title></circle>)}
    </svg>
  );
}

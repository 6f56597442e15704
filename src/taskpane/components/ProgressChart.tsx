import * as React from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChartView } from '../viewModel';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  diagonal: { stroke: tokens.colorNeutralStroke2, strokeDasharray: '4 3' },
  time: { stroke: tokens.colorBrandStroke1, strokeWidth: 1.5 },
  label: { fill: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  success: { fill: tokens.colorPaletteGreenBackground3 },
  warning: { fill: tokens.colorPaletteYellowBackground3 },
  danger: { fill: tokens.colorPaletteRedBackground3 },
});

export interface ProgressChartProps {
  chart: ChartView;
}

const W = 300;
const H = 180;
const PAD = 28;

/** Completion (x) against expected progress (y): points left of the diagonal lag behind. */
export function ProgressChart({ chart }: ProgressChartProps): React.JSX.Element {
  const s = useStyles();
  const sx = (v: number): number => PAD + (v / chart.max) * (W - PAD - 8);
  const sy = (v: number): number => H - PAD - (v / chart.max) * (H - PAD - 8);
  return (
    <figure style={{ margin: 0 }} aria-label="完成率与序时进度">
      <svg className={s.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`完成率与序时进度散点图，${chart.points.length} 个指标`}>
        <line className={s.axis} x1={PAD} y1={H - PAD} x2={W - 8} y2={H - PAD} />
        <line className={s.axis} x1={PAD} y1={H - PAD} x2={PAD} y2={8} />
        <line className={s.diagonal} x1={sx(0)} y1={sy(0)} x2={sx(chart.max)} y2={sy(chart.max)} />
        <line className={s.time} x1={sx(chart.timeProgress)} y1={H - PAD} x2={sx(chart.timeProgress)} y2={8} />
        <text className={s.label} x={sx(chart.timeProgress) + 3} y={16}>{`序时 ${chart.timeProgress}%`}</text>
        <text className={s.label} x={W - 60} y={H - 8}>完成率 %</text>
        <text className={s.label} x={2} y={16}>应达 %</text>
        {[0, chart.max / 2, chart.max].map((v) => (
          <text key={v} className={s.label} x={sx(v) - 6} y={H - PAD + 12}>{v}</text>
        ))}
        {chart.points.map((p) => (
          <circle key={p.id} className={s[p.colour]} cx={sx(p.x)} cy={sy(p.y)} r={3.5}>
            <title>{`${p.name}：完成 ${p.x}% / 应达 ${p.y}%`}</title>
          </circle>
        ))}
      </svg>
      <Caption1>虚线以左为低于应达进度；竖线为全年序时进度。</Caption1>
    </figure>
  );
}

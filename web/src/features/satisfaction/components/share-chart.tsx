import { useTranslation } from 'react-i18next';
import { formatShare } from '../lib/format';

export type ShareBar = { key: string; label: string; value: number | null; low: number | null; high: number | null };

type Props = { bars: readonly ShareBar[]; target: number; label: string };

const LABEL_W = 220;
const BAR_W = 360;
const ROW_H = 30;

/**
 * Horizontal bars of satisfied shares (0–100%) with their 95% interval as a whisker and the target as a dashed line.
 * A labelled SVG image for screen readers; the same figures are in the table beside it. "No data" is written, not drawn.
 */
export function ShareChart({ bars, target, label }: Props) {
  const { t } = useTranslation();
  const height = bars.length * ROW_H + 28;
  const x = (v: number) => LABEL_W + v * BAR_W;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${LABEL_W + BAR_W + 70} ${height}`} style={{ width: '100%', maxWidth: 720 }} data-testid="share-chart">
      <title>{label}</title>
      {bars.map((b, i) => {
        const y = i * ROW_H + 4;
        const meets = b.value != null && b.value > target;
        return (
          <g key={b.key} data-testid={`bar-${b.key}`}>
            <text x={LABEL_W - 8} y={y + 16} textAnchor="end" fontSize={12}>
              {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
            </text>
            <rect x={LABEL_W} y={y} width={BAR_W} height={20} fill="#f0f0f0" />
            {b.value == null ? (
              <text x={LABEL_W + 6} y={y + 15} fontSize={12} fill="#8c8c8c">
                {t('satisfaction.dashboard.noData')}
              </text>
            ) : (
              <>
                <rect x={LABEL_W} y={y} width={b.value * BAR_W} height={20} fill={meets ? '#52c41a' : '#fa8c16'} />
                {b.low != null && b.high != null && (
                  <line x1={x(b.low)} x2={x(b.high)} y1={y + 10} y2={y + 10} stroke="#262626" strokeWidth={1.5} />
                )}
                <text x={LABEL_W + BAR_W + 6} y={y + 15} fontSize={12}>
                  {formatShare(b.value)}
                </text>
              </>
            )}
          </g>
        );
      })}
      <line x1={x(target)} x2={x(target)} y1={0} y2={height - 22} stroke="#cf1322" strokeDasharray="4 3" strokeWidth={2} />
      <text x={x(target)} y={height - 8} textAnchor="middle" fontSize={12} fill="#cf1322">
        {t('satisfaction.dashboard.target', { target: formatShare(target) })}
      </text>
    </svg>
  );
}

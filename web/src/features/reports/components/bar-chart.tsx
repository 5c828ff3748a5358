import { theme } from 'antd';
import { useId } from 'react';

export type BarDatum = { key: string; label: string; value: number | null; display: string };

type Props = {
  title: string;
  data: BarDatum[];
  /** Largest value of the scale (e.g. 1 for shares); default: the largest datum. */
  max?: number;
  noData: string;
};

const ROW = 26;
const LABEL = 180;
const VALUE = 64;
const WIDTH = 560;

// Read by screen readers, not shown.
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * Horizontal bars drawn in SVG (no chart library is installed). Screen readers get the figure's title and a table
 * of the same numbers; the bars themselves are decoration.
 */
export function BarChart({ title, data, max, noData }: Props) {
  const { token } = theme.useToken();
  const titleId = useId();
  const scale = max ?? Math.max(1, ...data.map((d) => d.value ?? 0));
  const span = WIDTH - LABEL - VALUE;
  const height = Math.max(ROW, data.length * ROW);
  return (
    <figure style={{ margin: 0 }} aria-labelledby={titleId}>
      <figcaption id={titleId} style={{ fontWeight: 600, marginBottom: 8 }}>
        {title}
      </figcaption>
      {data.length === 0 ? (
        <p>{noData}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false" style={{ maxWidth: WIDTH }}>
            {data.map((d, i) => {
              const y = i * ROW;
              const width = d.value === null ? 0 : Math.max(1, (d.value / scale) * span);
              return (
                <g key={d.key}>
                  <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize={12} fill={token.colorText}>
                    {d.label.length > 26 ? `${d.label.slice(0, 25)}…` : d.label}
                  </text>
                  <rect x={LABEL} y={y + 4} width={width} height={ROW - 8} rx={3} fill={token.colorPrimary} />
                  <text x={LABEL + width + 6} y={y + ROW / 2 + 4} fontSize={12} fill={token.colorTextSecondary}>
                    {d.display}
                  </text>
                </g>
              );
            })}
          </svg>
          <table style={visuallyHidden}>
            <caption>{title}</caption>
            <tbody>
              {data.map((d) => (
                <tr key={d.key}>
                  <th scope="row">{d.label}</th>
                  <td>{d.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}

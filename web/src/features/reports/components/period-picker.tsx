import { DatePicker, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import type { ReportPeriodKind } from '@/gql/graphql';
import { dayjs, TIME_ZONE } from '@/lib/dates';
import { formatDay } from '../lib/format';

const ReportPeriodQuery = graphql(`
  query ReportPeriod($kind: ReportPeriodKind!, $year: Int!, $number: Int) {
    reportPeriod(kind: $kind, year: $year, number: $number) {
      from
      to
    }
  }
`);

type Kind = ReportPeriodKind | 'RANGE';
const KINDS: Kind[] = ['QUARTER', 'HALF_YEAR', 'YEAR', 'RANGE'];

export type PeriodState = { kind: Kind; year: number; number: number; from: string | null; to: string | null };
export type Period = { from: string; to: string };

/**
 * The period in the address (`?kind=QUARTER&year=2026&n=3`, or `?kind=RANGE&from=…&to=…`) so a drill-down or a
 * shared link keeps it; official periods come from `reportPeriod` (the configured cut-off day).
 */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const thisYear = dayjs().tz(TIME_ZONE).year();
  const kind = (KINDS.find((k) => k === params.get('kind')) ?? 'YEAR') as Kind;
  const state: PeriodState = {
    kind,
    year: Number(params.get('year')) || thisYear,
    number: Number(params.get('n')) || 1,
    from: params.get('from'),
    to: params.get('to'),
  };
  const [{ data }] = useQuery({
    query: ReportPeriodQuery,
    variables: { kind: kind === 'RANGE' ? 'YEAR' : kind, year: state.year, number: state.number },
    pause: kind === 'RANGE',
  });
  const period: Period | null =
    kind === 'RANGE' ? (state.from && state.to ? { from: state.from, to: state.to } : null) : (data?.reportPeriod ?? null);

  function update(next: Partial<PeriodState>) {
    setParams((current) => {
      const merged = { ...state, ...next };
      const out = new URLSearchParams(current);
      out.set('kind', merged.kind);
      for (const key of ['year', 'n', 'from', 'to']) out.delete(key);
      if (merged.kind === 'RANGE') {
        if (merged.from) out.set('from', merged.from);
        if (merged.to) out.set('to', merged.to);
      } else {
        out.set('year', String(merged.year));
        if (merged.kind !== 'YEAR') out.set('n', String(merged.number));
      }
      return out;
    });
  }
  return { state, period, update, thisYear };
}

type Props = ReturnType<typeof usePeriod>;

export function PeriodPicker({ state, period, update, thisYear }: Props) {
  const { t } = useTranslation();
  const years = Array.from({ length: thisYear - 2019 }, (_, i) => thisYear - i);
  const numbers = state.kind === 'QUARTER' ? [1, 2, 3, 4] : [1, 2];
  return (
    <Flex gap={8} wrap align="center">
      <Select
        aria-label={t('reports.period.kind')}
        value={state.kind}
        style={{ width: 170 }}
        onChange={(kind: Kind) => update({ kind, number: 1 })}
        options={KINDS.map((k) => ({ value: k, label: t(`reports.period.${k}`) }))}
      />
      {state.kind !== 'RANGE' && (
        <Select
          aria-label={t('reports.period.year')}
          value={state.year}
          style={{ width: 100 }}
          onChange={(year: number) => update({ year })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
      )}
      {(state.kind === 'QUARTER' || state.kind === 'HALF_YEAR') && (
        <Select
          aria-label={t('reports.period.number')}
          value={Math.min(state.number, numbers.length)}
          style={{ width: 130 }}
          onChange={(number: number) => update({ number })}
          options={numbers.map((n) => ({ value: n, label: t(state.kind === 'QUARTER' ? 'reports.period.quarter' : 'reports.period.half', { n }) }))}
        />
      )}
      {state.kind === 'RANGE' && (
        <DatePicker.RangePicker
          aria-label={t('reports.period.range')}
          format="DD/MM/YYYY"
          value={state.from && state.to ? [dayjs(state.from), dayjs(state.to)] : null}
          onChange={(range) =>
            update({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
          }
        />
      )}
      {period && (
        <Typography.Text type="secondary" data-testid="report-period">
          {t('reports.period.shown', { from: formatDay(period.from), to: formatDay(period.to) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

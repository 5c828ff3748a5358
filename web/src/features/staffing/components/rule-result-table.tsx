import { Flex, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { RuleResultTable_ResultFragment } from '@/gql/graphql';
import { formatDay } from '../lib/dates';
import { staffingPaths } from '../lib/paths';
import { bySeverity } from '../lib/severity';
import { ComplianceStatusTag, ConfidenceTag } from './status-tags';

export const RuleResultTableFragment = graphql(`
  fragment RuleResultTable_result on RuleResult {
    status
    message
    figures {
      staffCount
      civilServants
      headcountQuota
      deputies
      allowedDeputies
      minimumStaff
      internalUnits
      offending
    }
    rule {
      id
      code
      text
      legalSource
      confidence
      effectiveFrom
      effectiveTo
    }
    people {
      id
      fullName
      personKey
    }
  }
`);

function Figures({ figures }: { figures: RuleResultTable_ResultFragment['figures'] }) {
  const { t } = useTranslation();
  const items: [string, string][] = [[t('staffing.figures.staffCount'), String(figures.staffCount)]];
  items.push([t('staffing.figures.civilServants'), String(figures.civilServants)]);
  items.push([t('staffing.figures.headcountQuota'), String(figures.headcountQuota)]);
  if (figures.deputies != null) items.push([t('staffing.figures.deputies'), `${figures.deputies} / ${figures.allowedDeputies ?? '—'}`]);
  if (figures.minimumStaff != null) items.push([t('staffing.figures.minimumStaff'), String(figures.minimumStaff)]);
  if (figures.internalUnits != null) items.push([t('staffing.figures.internalUnits'), String(figures.internalUnits)]);
  if (figures.offending != null) items.push([t('staffing.figures.offending'), String(figures.offending)]);
  return (
    <dl className="staffing-figures" style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto auto', columnGap: 8 }}>
      {items.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{label}</dt>
          <dd style={{ margin: 0, fontWeight: 500 }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

type Props = { results: readonly FragmentType<typeof RuleResultTableFragment>[]; showCompliant: boolean };

/** One row per rule applied: result, the figures behind it, the rule version and its source, the people involved. */
export function RuleResultTable({ results, showCompliant }: Props) {
  const { t } = useTranslation();
  const rows = bySeverity(
    results.map((r) => readFragment(RuleResultTableFragment, r)),
    (r) => r.status,
  ).filter((r) => showCompliant || r.status !== 'COMPLIANT');

  return (
    <Table<RuleResultTable_ResultFragment>
      rowKey={(r) => r.rule.id}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      columns={[
        {
          title: t('staffing.compliance.ruleColumn'),
          key: 'rule',
          width: '34%',
          render: (_, r) => (
            <Flex vertical gap={2}>
              <Typography.Text strong>{t(`staffing.rule.${r.rule.code}.name`)}</Typography.Text>
              <Typography.Text>{r.message}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.rule.text}
              </Typography.Text>
            </Flex>
          ),
        },
        { title: t('staffing.compliance.statusColumn'), key: 'status', render: (_, r) => <ComplianceStatusTag status={r.status} /> },
        { title: t('staffing.compliance.figuresColumn'), key: 'figures', render: (_, r) => <Figures figures={r.figures} /> },
        {
          title: t('staffing.compliance.sourceColumn'),
          key: 'source',
          width: '24%',
          render: (_, r) => (
            <Flex vertical gap={4} align="start">
              <Typography.Text>{r.rule.legalSource}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.rule.effectiveTo
                  ? t('staffing.compliance.versionRange', { from: formatDay(r.rule.effectiveFrom), to: formatDay(r.rule.effectiveTo) })
                  : t('staffing.compliance.version', { from: formatDay(r.rule.effectiveFrom) })}
              </Typography.Text>
              <ConfidenceTag confidence={r.rule.confidence} />
            </Flex>
          ),
        },
        {
          title: t('staffing.compliance.peopleColumn'),
          key: 'people',
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              {r.people.map((p) => (
                <Link key={p.id} to={staffingPaths.person(p.id)}>
                  {p.fullName}
                </Link>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

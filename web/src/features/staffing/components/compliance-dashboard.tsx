import { Card, Col, Collapse, Empty, Flex, Row, Space, Statistic, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { bySeverity } from '../lib/severity';
import { RuleResultTable } from './rule-result-table';
import { ComplianceStatusTag } from './status-tags';

export const ComplianceDashboardFragment = graphql(`
  fragment ComplianceDashboard_compliance on StaffingCompliance {
    asOf
    totals {
      units
      offices
      people
      violatingOffices
      warningOffices
      compliantOffices
      results {
        status
        ...RuleResultTable_result
      }
      rules {
        code
        status
        violations
        warnings
        compliant
      }
    }
    units {
      unit {
        id
        code
        name
      }
      status
      violations
      warnings
      offices {
        office {
          id
          code
          name
          kind
        }
        status
        results {
          status
          ...RuleResultTable_result
        }
      }
    }
  }
`);

type Props = { compliance: FragmentType<typeof ComplianceDashboardFragment> };

/** Totals, then units and offices with violations first; compliant offices are folded into one line per unit. */
export function ComplianceDashboard({ compliance }: Props) {
  const { t } = useTranslation();
  const [showCompliant, setShowCompliant] = useState(false);
  const data = readFragment(ComplianceDashboardFragment, compliance);
  const { totals } = data;
  const units = bySeverity(data.units, (u) => u.status);
  const [open, setOpen] = useState<string[]>(() => units.filter((u) => u.status !== 'COMPLIANT').map((u) => u.unit.code));

  return (
    <Flex vertical gap={16}>
      <Row gutter={[12, 12]}>
        {(
          [
            ['units', totals.units],
            ['offices', totals.offices],
            ['violatingOffices', totals.violatingOffices],
            ['warningOffices', totals.warningOffices],
            ['compliantOffices', totals.compliantOffices],
            ['people', totals.people],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic
                title={t(`staffing.compliance.${key}`)}
                value={value}
                styles={{
                  content: { color: key === 'violatingOffices' && value > 0 ? '#cf1322' : key === 'warningOffices' && value > 0 ? '#d48806' : undefined },
                }}
              />
            </Card>
          </Col>
        ))}
      </Row>

      <Card size="small" title={t('staffing.compliance.byRule')}>
        <Flex wrap gap={8}>
          {bySeverity(totals.rules, (r) => r.status).map((r) => (
            <Tag key={r.code} color={r.status === 'VIOLATION' ? 'error' : r.status === 'WARNING' ? 'warning' : 'success'}>
              {t(`staffing.rule.${r.code}.name`)}: {t('staffing.compliance.ruleCounts', { violations: r.violations, warnings: r.warnings, compliant: r.compliant })}
            </Tag>
          ))}
        </Flex>
      </Card>

      <Flex justify="flex-end" align="center" gap={8}>
        <Switch checked={showCompliant} onChange={setShowCompliant} aria-label={t('staffing.compliance.showCompliant')} />
        <Typography.Text>{t('staffing.compliance.showCompliant')}</Typography.Text>
      </Flex>

      {totals.results.length > 0 && (
        <Card size="small" title={t('staffing.compliance.province')}>
          <RuleResultTable results={totals.results} showCompliant />
        </Card>
      )}

      {units.length === 0 ? (
        <Empty description={t('staffing.compliance.empty')} />
      ) : (
        <Collapse
          activeKey={open}
          onChange={(keys) => setOpen(keys)}
          items={units.map((u) => {
            const offices = bySeverity(u.offices, (o) => o.status);
            const flagged = offices.filter((o) => o.status !== 'COMPLIANT');
            const compliant = offices.filter((o) => o.status === 'COMPLIANT');
            return {
              key: u.unit.code,
              label: (
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Space>
                    <Typography.Text strong>{u.unit.name}</Typography.Text>
                    <ComplianceStatusTag status={u.status} />
                  </Space>
                  <Typography.Text type="secondary">
                    {t('staffing.compliance.unitSummary', { violations: u.violations, warnings: u.warnings })}
                  </Typography.Text>
                </Flex>
              ),
              children: (
                <Flex vertical gap={12}>
                  {(showCompliant ? offices : flagged).map((o) => (
                    <Card
                      key={o.office.id}
                      size="small"
                      data-testid={`office-${o.office.code}`}
                      title={
                        <Space wrap>
                          <span>{o.office.name}</span>
                          <Typography.Text type="secondary">{o.office.code}</Typography.Text>
                          <Tag>{t(`staffing.officeKind.${o.office.kind}`)}</Tag>
                          <ComplianceStatusTag status={o.status} />
                        </Space>
                      }
                    >
                      <RuleResultTable results={o.results} showCompliant={showCompliant} />
                    </Card>
                  ))}
                  {!showCompliant && compliant.length > 0 && (
                    <Typography.Text type="secondary">
                      {t('staffing.compliance.compliantOfficesList', { count: compliant.length })}: {compliant.map((o) => o.office.name).join(', ')}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            };
          })}
        />
      )}
    </Flex>
  );
}

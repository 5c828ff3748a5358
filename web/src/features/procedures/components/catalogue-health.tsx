import { Card, Col, Flex, Progress, Row, Space, Statistic, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { CatalogueHealthFiguresFragment, CatalogueHealth_HealthFragment } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { catalogueLink } from '../utils/filters';
import { formatDay } from '../utils/format';

const FiguresFragment = graphql(`
  fragment CatalogueHealthFigures on CatalogueHealthFigures {
    published
    drafts
    citingExpiredLaw
    missingRequiredFields
    onlinePartial
    onlineFull
    onlineServiceShare
    sync {
      synced
      outOfDate
      notSynced
    }
  }
`);

export const CatalogueHealthFragment = graphql(`
  fragment CatalogueHealth_health on CatalogueHealth {
    on
    total {
      ...CatalogueHealthFigures
    }
    units {
      unitCode
      unitName
      figures {
        ...CatalogueHealthFigures
      }
    }
  }
`);

type Props = { health: FragmentType<typeof CatalogueHealthFragment> };
type UnitRow = { unitCode: string; unitName: string; figures: CatalogueHealthFiguresFragment };

const percent = (share: number) => Math.round(share * 1000) / 10;

// Units citing expired law come first and are highlighted; each count links to the filtered catalogue.
export function CatalogueHealth(props: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [onlyExpired, setOnlyExpired] = useState(false);
  const health: CatalogueHealth_HealthFragment = readFragment(CatalogueHealthFragment, props.health);
  const total = readFragment(FiguresFragment, health.total);
  const rows: UnitRow[] = health.units
    .map((u) => ({ unitCode: u.unitCode, unitName: u.unitName, figures: readFragment(FiguresFragment, u.figures) }))
    .filter((u) => !onlyExpired || u.figures.citingExpiredLaw > 0)
    .sort((a, b) => b.figures.citingExpiredLaw - a.figures.citingExpiredLaw || a.unitCode.localeCompare(b.unitCode));
  const unitsCiting = health.units.filter((u) => readFragment(FiguresFragment, u.figures).citingExpiredLaw > 0).length;

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('procedures.health.on', { date: formatDay(health.on, language) })}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('procedures.health.published')} value={total.published} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('procedures.health.drafts')} value={total.drafts} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card style={total.citingExpiredLaw > 0 ? { borderColor: '#ff4d4f' } : undefined}>
            <Statistic
              title={t('procedures.health.citingExpiredLaw')}
              value={total.citingExpiredLaw}
              styles={{ content: { color: total.citingExpiredLaw > 0 ? '#cf1322' : undefined } }}
            />
            {total.citingExpiredLaw > 0 ? (
              <Link to={catalogueLink({ citesExpiredLaw: true })}>{t('procedures.health.seeList')}</Link>
            ) : null}
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('procedures.health.onlineShare')} value={percent(total.onlineServiceShare)} suffix="%" />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('procedures.health.byUnit', { count: unitsCiting })}
        extra={
          <Space>
            <Switch checked={onlyExpired} onChange={setOnlyExpired} aria-label={t('procedures.health.onlyExpired')} />
            <span>{t('procedures.health.onlyExpired')}</span>
          </Space>
        }
      >
        <Table<UnitRow>
          rowKey="unitCode"
          size="small"
          pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
          dataSource={rows}
          scroll={{ x: 1000 }}
          onRow={(u) => (u.figures.citingExpiredLaw > 0 ? { style: { background: '#fff1f0' } } : {})}
          columns={[
            {
              title: t('procedures.health.unit'),
              key: 'unit',
              width: 300,
              render: (_, u) => (
                <Flex vertical>
                  <Link to={catalogueLink({ unitCode: u.unitCode })}>{u.unitName}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {u.unitCode}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: t('procedures.health.published'), key: 'published', align: 'right', render: (_, u) => u.figures.published },
            { title: t('procedures.health.drafts'), key: 'drafts', align: 'right', render: (_, u) => u.figures.drafts },
            {
              title: t('procedures.health.citingExpiredLaw'),
              key: 'expired',
              align: 'right',
              render: (_, u) =>
                u.figures.citingExpiredLaw > 0 ? (
                  <Link
                    to={catalogueLink({ unitCode: u.unitCode, citesExpiredLaw: true })}
                    aria-label={t('procedures.health.expiredLink', { count: u.figures.citingExpiredLaw, unit: u.unitName })}
                  >
                    <Typography.Text type="danger" strong>
                      {u.figures.citingExpiredLaw}
                    </Typography.Text>
                  </Link>
                ) : (
                  0
                ),
            },
            {
              title: t('procedures.health.missingFields'),
              key: 'missing',
              align: 'right',
              render: (_, u) => (
                <Typography.Text type={u.figures.missingRequiredFields > 0 ? 'warning' : undefined}>
                  {u.figures.missingRequiredFields}
                </Typography.Text>
              ),
            },
            {
              title: t('procedures.health.onlineShare'),
              key: 'online',
              width: 170,
              render: (_, u) => <Progress percent={percent(u.figures.onlineServiceShare)} size="small" />,
            },
            {
              title: t('procedures.health.sync'),
              key: 'sync',
              render: (_, u) =>
                t('procedures.health.syncCounts', {
                  synced: u.figures.sync.synced,
                  outOfDate: u.figures.sync.outOfDate,
                  notSynced: u.figures.sync.notSynced,
                }),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

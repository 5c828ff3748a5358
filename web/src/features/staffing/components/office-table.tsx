import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { OfficeTable_OfficeFragment } from '@/gql/graphql';
import { formatDay } from '../lib/dates';
import { staffingPaths } from '../lib/paths';
import { officeOpenDossiers, WorkloadSummary, type Workload } from './workload-summary';

export const OfficeTableFragment = graphql(`
  fragment OfficeTable_office on Office {
    id
    code
    name
    kind
    provinceClass
    headcountQuota
    internalUnits
    establishedOn
    dissolvedOn
    version
    unit {
      id
      code
      name
    }
    staff(asOf: $asOf) {
      id
      position
      postType
      from
      to
      person {
        id
        fullName
        personKey
        employment(asOf: $asOf) {
          id
          type
          supportJob
        }
      }
    }
  }
`);

export type OfficeRow = OfficeTable_OfficeFragment;
type Props = {
  offices: readonly FragmentType<typeof OfficeTableFragment>[];
  loading: boolean;
  onEdit?: (office: OfficeRow) => void;
  /** Open work of posted officers by person id; the workload columns show only when given. */
  workloads?: ReadonlyMap<string, Workload>;
};

/** Offices with their quota; a row expands to the posts held on the chosen date. */
export function OfficeTable({ offices, loading, onEdit, workloads }: Props) {
  const { t } = useTranslation();
  const rows = offices.map((o) => readFragment(OfficeTableFragment, o));
  return (
    <Table<OfficeRow>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      locale={{ emptyText: t('staffing.unitPage.noOffices') }}
      expandable={{
        expandedRowRender: (office) =>
          office.staff.length === 0 ? (
            <Typography.Text type="secondary">{t('staffing.unitPage.noStaff')}</Typography.Text>
          ) : (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              aria-label={t('staffing.unitPage.staffOf', { name: office.name })}
              dataSource={office.staff}
              columns={[
                {
                  title: t('staffing.person.fullName'),
                  key: 'name',
                  render: (_, a) => (a.person ? <Link to={staffingPaths.person(a.person.id)}>{a.person.fullName}</Link> : t('staffing.common.none')),
                },
                { title: t('staffing.person.position'), key: 'position', render: (_, a) => t(`staffing.position.${a.position}`) },
                { title: t('staffing.person.postType'), key: 'postType', render: (_, a) => t(`staffing.postType.${a.postType}`) },
                {
                  title: t('staffing.person.employment'),
                  key: 'employment',
                  render: (_, a) => {
                    const e = a.person?.employment;
                    if (!e) return t('staffing.person.noEmployment');
                    return (
                      <>
                        {t(`staffing.employmentType.${e.type}`)}
                        {e.supportJob && ` — ${t(`staffing.supportJob.${e.supportJob}`)}`}
                      </>
                    );
                  },
                },
                { title: t('staffing.person.from'), key: 'from', render: (_, a) => formatDay(a.from) },
                ...(workloads
                  ? [
                      {
                        title: t('staffing.unitPage.workload'),
                        key: 'workload',
                        render: (_: unknown, a: OfficeRow['staff'][number]) => (
                          <WorkloadSummary workload={a.person ? workloads.get(a.person.id) : undefined} />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          ),
      }}
      columns={[
        { title: t('staffing.unitPage.code'), dataIndex: 'code', width: 170 },
        { title: t('staffing.unitPage.name'), dataIndex: 'name' },
        { title: t('staffing.unitPage.unit'), key: 'unit', render: (_, o) => o.unit.name },
        { title: t('staffing.unitPage.kind'), key: 'kind', render: (_, o) => <Tag>{t(`staffing.officeKind.${o.kind}`)}</Tag> },
        { title: t('staffing.unitPage.provinceClass'), key: 'class', render: (_, o) => t(`staffing.provinceClass.${o.provinceClass}`) },
        { title: t('staffing.unitPage.quota'), dataIndex: 'headcountQuota', align: 'right' },
        { title: t('staffing.unitPage.staffNow'), key: 'staff', align: 'right', render: (_, o) => o.staff.length },
        ...(workloads
          ? [
              {
                title: t('staffing.unitPage.openDossiers'),
                key: 'openDossiers',
                align: 'right' as const,
                render: (_: unknown, o: OfficeRow) =>
                  officeOpenDossiers(
                    o.staff.flatMap((a) => (a.person ? [a.person.id] : [])),
                    workloads,
                  ) ?? t('staffing.common.none'),
              },
            ]
          : []),
        { title: t('staffing.unitPage.established'), key: 'established', render: (_, o) => formatDay(o.establishedOn) },
        ...(onEdit
          ? [
              {
                title: '',
                key: 'actions',
                render: (_: unknown, o: OfficeRow) => (
                  <Button size="small" icon={<EditOutlined />} aria-label={`${t('staffing.common.edit')} ${o.code}`} onClick={() => onEdit(o)}>
                    {t('staffing.common.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

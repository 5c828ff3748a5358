import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { ProcedureTable_ProcedureFragment } from '@/gql/graphql';
import { ExpiredLawTag, OnlineServiceTag, StatusTag, SyncStateTag } from './procedure-tags';

export const ProcedureTableFragment = graphql(`
  fragment ProcedureTable_procedure on Procedure {
    id
    code
    name
    number
    status
    levels
    onlineService
    citesExpiredLaw
    field {
      code
      name
    }
    sync {
      state
    }
  }
`);

type Props = { procedures: FragmentType<typeof ProcedureTableFragment>[]; loading: boolean };

export function ProcedureTable({ procedures, loading }: Props) {
  const { t } = useTranslation();
  const rows = procedures.map((p) => readFragment(ProcedureTableFragment, p));
  return (
    <Table<ProcedureTable_ProcedureFragment>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      dataSource={rows}
      scroll={{ x: 1150 }}
      columns={[
        { title: t('procedures.code'), dataIndex: 'code', width: 110 },
        {
          title: t('procedures.name'),
          key: 'name',
          width: 380,
          render: (_, p) => (
            <Flex vertical gap={4}>
              <Link to={`/procedures/${encodeURIComponent(p.code)}`}>{p.name}</Link>
              {p.citesExpiredLaw ? (
                <span>
                  <ExpiredLawTag />
                </span>
              ) : null}
            </Flex>
          ),
        },
        {
          title: t('procedures.field'),
          key: 'field',
          width: 180,
          render: (_, p) => <Typography.Text type="secondary">{p.field.name}</Typography.Text>,
        },
        {
          title: t('procedures.levels'),
          key: 'levels',
          width: 140,
          render: (_, p) => p.levels.map((l) => t(`procedures.level.${l}`)).join(', '),
        },
        { title: t('procedures.onlineServiceTitle'), key: 'online', width: 150, render: (_, p) => <OnlineServiceTag value={p.onlineService} /> },
        { title: t('procedures.statusTitle'), key: 'status', width: 120, render: (_, p) => <StatusTag status={p.status} /> },
        { title: t('procedures.syncTitle'), key: 'sync', width: 150, render: (_, p) => <SyncStateTag state={p.sync.state} /> },
      ]}
    />
  );
}

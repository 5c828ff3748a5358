import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { UnitTable_UnitFragment } from '@/gql/graphql';
import { UnitKindTag } from './unit-kind-tag';

export const UnitTableFragment = graphql(`
  fragment UnitTable_unit on Unit {
    id
    code
    name
    kind
    oneStopDesk
    parent {
      id
      name
    }
  }
`);

type Props = { units: FragmentType<typeof UnitTableFragment>[]; loading: boolean };

export function UnitTable({ units, loading }: Props) {
  const { t } = useTranslation();
  const rows = units.map((unit) => readFragment(UnitTableFragment, unit));
  return (
    <Table<UnitTable_UnitFragment>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      columns={[
        { title: t('units.code'), dataIndex: 'code', width: 140 },
        { title: t('units.name'), dataIndex: 'name' },
        { title: t('units.kind'), dataIndex: 'kind', render: (_, unit) => <UnitKindTag kind={unit.kind} /> },
        { title: t('units.parent'), key: 'parent', render: (_, unit) => unit.parent?.name ?? '' },
        { title: t('units.oneStopDesk'), dataIndex: 'oneStopDesk', render: (_, unit) => unit.oneStopDesk ?? '' },
      ]}
    />
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AsOfPicker } from '@/features/staffing/components/as-of-picker';
import { OfficeFormModal } from '@/features/staffing/components/office-form-modal';
import { OfficeTable, type OfficeRow } from '@/features/staffing/components/office-table';
import { PeopleDirectory } from '@/features/staffing/components/people-directory';
import { PersonFormModal } from '@/features/staffing/components/person-form-modal';
import { StaffingNav } from '@/features/staffing/components/staffing-nav';
import { UnitPicker } from '@/features/staffing/components/unit-picker';
import { useStaffingViewer } from '@/features/staffing/components/use-staffing-viewer';
import { useOfficerWorkloads } from '@/features/staffing/components/workload-summary';
import { staffingPaths } from '@/features/staffing/lib/paths';
import { graphql } from '@/gql';

const StaffingRouteQuery = graphql(`
  query StaffingRoute($unitCode: String!, $asOf: Date) {
    offices(first: 100, where: { unitCode: $unitCode }) {
      totalCount
      nodes {
        id
        ...OfficeTable_office
      }
    }
  }
`);

type Editing = { kind: 'office'; office: OfficeRow | null } | { kind: 'person' } | null;

/** Offices and people of one unit on a date (`?unit=…&asOf=yyyy-MM-dd`). */
export function StaffingRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { me, canEdit, fetching: viewerLoading } = useStaffingViewer();
  const unitCode = params.get('unit') ?? me?.unit?.code ?? null;
  const asOf = params.get('asOf');
  const [editing, setEditing] = useState<Editing>(null);
  const workloads = useOfficerWorkloads(unitCode, me?.roles);
  const [{ data, fetching }, refetch] = useQuery({
    query: StaffingRouteQuery,
    variables: { unitCode: unitCode ?? '', asOf },
    pause: !unitCode,
  });

  function setParam(name: string, value: string | null) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  }
  const reload = () => {
    setEditing(null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Typography.Title level={2}>{t('staffing.title')}</Typography.Title>
      <StaffingNav canEdit={canEdit} />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <UnitPicker value={unitCode} onChange={(code) => setParam('unit', code)} />
        <AsOfPicker value={asOf} onChange={(value) => setParam('asOf', value)} />
      </Flex>
      {viewerLoading ? (
        <Skeleton active />
      ) : (
        unitCode && (
          <Flex vertical gap={16}>
            <Card
              title={t('staffing.unitPage.offices')}
              extra={
                canEdit && (
                  <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'office', office: null })}>
                    {t('staffing.unitPage.addOffice')}
                  </Button>
                )
              }
            >
              <OfficeTable
                offices={data?.offices.nodes ?? []}
                loading={fetching}
                onEdit={canEdit ? (office) => setEditing({ kind: 'office', office }) : undefined}
                workloads={workloads.size > 0 ? workloads : undefined}
              />
              {data && data.offices.totalCount > data.offices.nodes.length && (
                <Typography.Text type="secondary">{t('staffing.common.total', { count: data.offices.totalCount })}</Typography.Text>
              )}
            </Card>
            <Card
              title={t('staffing.unitPage.people')}
              extra={
                canEdit && (
                  <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'person' })}>
                    {t('staffing.unitPage.addPerson')}
                  </Button>
                )
              }
            >
              <PeopleDirectory key={unitCode} unitCode={unitCode} asOf={asOf} />
            </Card>
          </Flex>
        )
      )}
      {editing?.kind === 'office' && unitCode && (
        <OfficeFormModal unitCode={unitCode} office={editing.office} onClose={() => setEditing(null)} onSaved={reload} onReload={reload} />
      )}
      {editing?.kind === 'person' && unitCode && (
        <PersonFormModal
          unitCode={unitCode}
          person={null}
          onClose={() => setEditing(null)}
          onSaved={(id) => void navigate(staffingPaths.person(id))}
          onReload={reload}
        />
      )}
    </>
  );
}

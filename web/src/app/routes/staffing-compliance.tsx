import { Alert, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AsOfPicker } from '@/features/staffing/components/as-of-picker';
import { ComplianceDashboard } from '@/features/staffing/components/compliance-dashboard';
import { StaffingNav } from '@/features/staffing/components/staffing-nav';
import { UnitPicker } from '@/features/staffing/components/unit-picker';
import { useStaffingViewer } from '@/features/staffing/components/use-staffing-viewer';
import { graphql } from '@/gql';

const StaffingComplianceRouteQuery = graphql(`
  query StaffingComplianceRoute($unitCode: String, $asOf: Date) {
    staffingCompliance(unitCode: $unitCode, asOf: $asOf) {
      asOf
      ...ComplianceDashboard_compliance
    }
  }
`);

/** For inspectors: every rule per office on a date (`?unit=…&asOf=yyyy-MM-dd`), violations first. */
export function StaffingComplianceRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { canEdit } = useStaffingViewer();
  const unitCode = params.get('unit');
  const asOf = params.get('asOf');
  const [{ data, fetching }] = useQuery({ query: StaffingComplianceRouteQuery, variables: { unitCode, asOf } });
  const compliance = data?.staffingCompliance;

  function setParam(name: string, value: string | null) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  }

  return (
    <>
      <Typography.Title level={2}>{t('staffing.compliance.title')}</Typography.Title>
      <StaffingNav canEdit={canEdit} />
      <Typography.Paragraph type="secondary">{t('staffing.compliance.intro')}</Typography.Paragraph>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <UnitPicker value={unitCode} onChange={(code) => setParam('unit', code)} allowClear placeholder={t('staffing.common.allUnits')} />
        <AsOfPicker value={asOf} onChange={(value) => setParam('asOf', value)} />
      </Flex>
      {fetching && !data ? (
        <Skeleton active />
      ) : compliance ? (
        // Keyed by scope and date: a new picture starts with its own expanded units.
        <ComplianceDashboard key={`${unitCode ?? ''}@${compliance.asOf}`} compliance={compliance} />
      ) : (
        data && <Alert type="info" showIcon title={t('staffing.compliance.noAccess')} />
      )}
    </>
  );
}

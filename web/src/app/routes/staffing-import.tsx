import { Alert, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReport, type ImportReportFragment } from '@/features/staffing/components/import-report';
import { ImportUploader } from '@/features/staffing/components/import-uploader';
import { StaffingNav } from '@/features/staffing/components/staffing-nav';
import { UnitPicker } from '@/features/staffing/components/unit-picker';
import { useStaffingViewer } from '@/features/staffing/components/use-staffing-viewer';
import type { FragmentType } from '@/gql';

export function StaffingImportRoute() {
  const { t } = useTranslation();
  const { me, canEdit, fetching } = useStaffingViewer();
  const [picked, setPicked] = useState<string | null>(null);
  const [report, setReport] = useState<FragmentType<typeof ImportReportFragment> | null>(null);
  const unitCode = picked ?? me?.unit?.code ?? null;

  return (
    <>
      <Typography.Title level={2}>{t('staffing.import.title')}</Typography.Title>
      <StaffingNav canEdit={canEdit} />
      {!fetching && !canEdit ? (
        <Alert type="info" showIcon title={t('staffing.import.editorsOnly')} />
      ) : (
        <Flex vertical gap={16}>
          <Card>
            <Typography.Paragraph>{t('staffing.import.intro')}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">
              <strong>{t('staffing.import.columns')}:</strong> {t('staffing.import.columnsList')}
            </Typography.Paragraph>
            <Flex vertical gap={12}>
              <UnitPicker value={unitCode} onChange={setPicked} />
              <ImportUploader unitCode={unitCode} onReport={setReport} />
            </Flex>
          </Card>
          {report && <ImportReport payload={report} />}
        </Flex>
      )}
    </>
  );
}

import { InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, type FragmentType } from '@/gql';
import { readAsBase64 } from '../lib/read-file';
import type { ImportReportFragment } from './import-report';
import { applyStaffingErrors, PayloadErrorAlert, type FormFeedback } from './payload-errors';

const ImportMutation = graphql(`
  mutation ImportUploaderImport($input: ImportStaffingInput!) {
    importStaffing(input: $input) {
      ...ImportReport_payload
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const MAX_BYTES = 6 * 1024 * 1024;
type Phase = { kind: 'idle' } | { kind: 'reading'; percent: number } | { kind: 'uploading' } | { kind: 'done' } | { kind: 'failed' };

type Props = { unitCode: string | null; onReport: (report: FragmentType<typeof ImportReportFragment> | null) => void };

/** Reads the .xlsx in the browser, sends it base64-encoded, and shows the phase while the server works. */
export function ImportUploader({ unitCode, onReport }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [feedback, setFeedback] = useState<FormFeedback | null>(null);
  const [, importStaffing] = useMutation(ImportMutation);
  const busy = phase.kind === 'reading' || phase.kind === 'uploading';

  function choose(candidate: File): boolean {
    setFeedback(null);
    onReport(null);
    setPhase({ kind: 'idle' });
    if (!candidate.name.toLowerCase().endsWith('.xlsx')) setFeedback({ messages: [t('staffing.import.onlyXlsx')], conflict: false });
    else if (candidate.size > MAX_BYTES) setFeedback({ messages: [t('staffing.import.tooLarge')], conflict: false });
    else setFile(candidate);
    return false; // never let antd upload by itself
  }

  async function run() {
    if (!file || !unitCode) return;
    setFeedback(null);
    onReport(null);
    setPhase({ kind: 'reading', percent: 0 });
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file, (percent) => setPhase({ kind: 'reading', percent }));
    } catch {
      setPhase({ kind: 'failed' });
      setFeedback({ messages: [t('staffing.import.readError')], conflict: false });
      return;
    }
    setPhase({ kind: 'uploading' });
    const result = await importStaffing({ input: { unitCode, contentBase64 } });
    const payload = result.data?.importStaffing;
    if (!payload) {
      setPhase({ kind: 'failed' });
      return;
    }
    if (payload.errors.length > 0) {
      setPhase({ kind: 'failed' });
      setFeedback(applyStaffingErrors(payload.errors, null, t, []));
      return;
    }
    setPhase({ kind: 'done' });
    onReport(payload);
  }

  // Reading is measured; the server's work is not, so it shows as the active second half.
  const percent = phase.kind === 'reading' ? Math.round(phase.percent * 0.4) : phase.kind === 'uploading' ? 70 : 100;
  const label =
    phase.kind === 'reading'
      ? t('staffing.import.reading')
      : phase.kind === 'uploading'
        ? t('staffing.import.uploading')
        : phase.kind === 'done'
          ? t('staffing.import.done')
          : t('staffing.import.failed');

  return (
    <Flex vertical gap={12}>
      <PayloadErrorAlert feedback={feedback} />
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        beforeUpload={choose}
        disabled={busy}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('staffing.import.drop')}</p>
        {file && <Typography.Text strong>{file.name}</Typography.Text>}
      </Upload.Dragger>
      <Flex gap={12} align="center">
        <Button type="primary" disabled={!file || !unitCode || busy} loading={busy} onClick={() => void run()}>
          {t('staffing.import.start')}
        </Button>
        {phase.kind !== 'idle' && (
          <Flex vertical style={{ flex: 1 }}>
            <Progress
              aria-label={label}
              percent={percent}
              status={phase.kind === 'failed' ? 'exception' : phase.kind === 'done' ? 'success' : 'active'}
            />
            <Typography.Text type="secondary" role="status">
              {label}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    </Flex>
  );
}

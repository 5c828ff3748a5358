import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES, uploadFile, type UploadedFile, type UploadProblem } from '../lib/upload-file';

type Props = {
  /** Accessible name, e.g. "Tải bản scan: Tờ khai". */
  label: string;
  /** Runs after the server stored the file; returns a problem text when the next step (attaching) failed. */
  onUploaded: (file: UploadedFile) => Promise<string | null> | string | null;
  disabled?: boolean;
};

// One scan: uploads with POST /files, then hands the file id on. Type and size are checked by the server; its refusal
// is shown beside the button in the UI language.
export function ScanUpload({ label, onUploaded, disabled }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  function describe(p: UploadProblem): string {
    const known = ['UNSUPPORTED_FILE_TYPE', 'FILE_TOO_LARGE', 'NETWORK', 'NOT_FOUND'];
    const text = t(`dossiers.upload.errors.${known.includes(p.code) ? p.code : 'other'}`, { code: p.code });
    return p.message && p.code === 'FILE_TOO_LARGE' ? `${text} (${p.message})` : text;
  }

  async function upload(file: File) {
    setBusy(true);
    setProblem(null);
    try {
      const result = await uploadFile(file);
      if ('problem' in result) setProblem(describe(result.problem));
      else setProblem(await onUploaded(result.file));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex vertical gap={4} align="flex-start">
      <Upload
        accept={ACCEPTED_FILES}
        showUploadList={false}
        disabled={disabled || busy}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={busy} disabled={disabled} aria-label={label}>
          {t('dossiers.upload.button')}
        </Button>
      </Upload>
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
    </Flex>
  );
}

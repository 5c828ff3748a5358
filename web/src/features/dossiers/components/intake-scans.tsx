import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from 'urql';
import { formatSize, type UploadedFile } from '../lib/upload-file';
import { DossierAttachFileMutation } from './dossier-documents';
import { ScanUpload } from './scan-upload';

/** Uploaded scans by document name, attached once the dossier exists. */
export type Scans = Readonly<Record<string, UploadedFile>>;

type Props = { names: string[]; scans: Scans; onChange: (scans: Scans) => void };

// The documents step: a scan per filed component, uploaded at once (so type and size errors show while the applicant
// is still at the desk) and attached right after the dossier is received.
export function IntakeScans({ names, scans, onChange }: Props) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{t('dossiers.upload.scan')}</Typography.Text>
      {names.map((name) => {
        const scan = scans[name];
        return (
          <Flex key={name} gap={12} align="center" wrap>
            <Typography.Text>{name}</Typography.Text>
            {scan ? (
              <>
                <span data-testid="intake-scan">
                  <PaperClipOutlined /> {t('dossiers.upload.selected', { name: scan.name, size: formatSize(scan.size) })}
                </span>
                <Button
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('dossiers.upload.remove', { name: scan.name })}
                  onClick={() => onChange(Object.fromEntries(Object.entries(scans).filter(([key]) => key !== name)))}
                />
              </>
            ) : (
              <ScanUpload
                label={t('dossiers.upload.for', { name })}
                onUploaded={(file) => {
                  onChange({ ...scans, [name]: file });
                  return null;
                }}
              />
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}

/**
 * Attaches the scans to the received dossier: components are numbered in the order they were filed (`filed`), and
 * each attachment bumps the version. Returns the names that could not be attached.
 */
export async function attachScans(client: Client, dossier: { code: string; version: number }, filed: string[], scans: Scans): Promise<string[]> {
  let version = dossier.version;
  const failed: string[] = [];
  for (const [index, name] of filed.entries()) {
    const scan = scans[name];
    if (!scan) continue;
    const result = await client
      .mutation(DossierAttachFileMutation, { input: { code: dossier.code, expectedVersion: version, documentOrdinal: index + 1, fileId: scan.id } })
      .toPromise();
    const next = result.data?.attachDossierFile.dossier?.version;
    if (next === undefined) failed.push(name);
    else version = next;
  }
  return failed;
}

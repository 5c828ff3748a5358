import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { Role } from '@/gql/graphql';
import { fileUrl } from '../lib/upload-file';
import { ScanUpload } from './scan-upload';

export const DossierDocumentsFragment = graphql(`
  fragment DossierDocuments_dossier on Dossier {
    id
    code
    version
    status
    resultFileId
    documents {
      ordinal
      name
      originals
      copies
      certifiedCopies
      digitised
      fileId
    }
  }
`);

export const DossierAttachFileMutation = graphql(`
  mutation DossierAttachFile($input: AttachDossierFileInput!) {
    attachDossierFile(input: $input) {
      dossier {
        id
        version
      }
      errors {
        __typename
        ... on UserError {
          message
        }
      }
    }
  }
`);

const ATTACHERS: readonly Role[] = ['RECEPTIONIST', 'SPECIALIST', 'LEADER', 'ADMIN', 'DATA_ENTRY'];

type Props = {
  dossier: FragmentType<typeof DossierDocumentsFragment>;
  roles: readonly Role[];
  /** Reads the dossier again after an attachment. */
  onChanged: () => void;
};

// Filed components with their scans: open an attached scan, or upload and attach one (it then counts as digitised).
export function DossierDocuments(props: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const d = readFragment(DossierDocumentsFragment, props.dossier);
  const canAttach = props.roles.some((role) => ATTACHERS.includes(role));

  async function attach(documentOrdinal: number, fileId: string): Promise<string | null> {
    const result = await client
      .mutation(DossierAttachFileMutation, { input: { code: d.code, expectedVersion: d.version, documentOrdinal, fileId } })
      .toPromise();
    const errors = result.data?.attachDossierFile.errors ?? [];
    if (result.error) return t('dossiers.upload.errors.other', { code: result.error.message });
    if (errors.length > 0) return errors.map((e) => e.message || t(`dossiers.errors.${e.__typename}`, { defaultValue: e.__typename })).join(' ');
    props.onChanged();
    return null;
  }

  return (
    <Card title={t('dossiers.detail.documents')}>
      <Table
        rowKey="ordinal"
        size="small"
        pagination={false}
        dataSource={d.documents}
        columns={[
          { title: '#', dataIndex: 'ordinal', width: 50 },
          { title: t('dossiers.detail.docName'), dataIndex: 'name' },
          { title: t('dossiers.detail.originals'), dataIndex: 'originals' },
          { title: t('dossiers.detail.copies'), dataIndex: 'copies' },
          { title: t('dossiers.detail.certifiedCopies'), dataIndex: 'certifiedCopies' },
          {
            title: t('dossiers.detail.digitised'),
            dataIndex: 'digitised',
            render: (_, doc) => (doc.digitised ? t('dossiers.detail.yes') : t('dossiers.detail.no')),
          },
          {
            title: t('dossiers.upload.scan'),
            dataIndex: 'fileId',
            render: (_, doc) => (
              <Flex vertical gap={4} align="flex-start">
                {doc.fileId && (
                  <Typography.Link href={fileUrl(doc.fileId)} target="_blank" rel="noopener">
                    <PaperClipOutlined /> {t('dossiers.upload.open', { name: doc.name })}
                  </Typography.Link>
                )}
                {canAttach && (
                  <ScanUpload label={t('dossiers.upload.for', { name: doc.name })} onUploaded={(file) => attach(doc.ordinal, file.id)} />
                )}
              </Flex>
            ),
          },
        ]}
      />
      {d.resultFileId && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          <Typography.Link href={fileUrl(d.resultFileId)} target="_blank" rel="noopener">
            <PaperClipOutlined /> {t('dossiers.upload.result')}
          </Typography.Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}

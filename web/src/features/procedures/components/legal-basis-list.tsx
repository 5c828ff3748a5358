import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { currentLanguage } from '@/lib/i18n';
import { formatDay } from '../utils/format';

export const LegalBasisFragment = graphql(`
  fragment LegalBasis_legalDocument on LegalDocument {
    id
    number
    kind
    title
    issuer
    issuedOn
    effectiveFrom
    expiresOn
    partiallyExpired
    inForce
    replacedBy {
      id
      number
      title
    }
  }
`);

type Props = { documents: FragmentType<typeof LegalBasisFragment>[] };

// Legal bases with an in-force badge; an expired one is red and names its replacement.
export function LegalBasisList({ documents }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows = documents.map((d) => readFragment(LegalBasisFragment, d));
  return (
    <List
      size="small"
      dataSource={rows}
      locale={{ emptyText: t('procedures.detail.noLegalBases') }}
      renderItem={(doc) => (
        <List.Item data-testid="legal-basis">
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap size={6}>
              <Typography.Text strong>{doc.number}</Typography.Text>
              <Tag>{t(`procedures.legalKind.${doc.kind}`)}</Tag>
              {doc.inForce ? (
                <Tag color={doc.partiallyExpired ? 'orange' : 'green'}>
                  {t(doc.partiallyExpired ? 'procedures.legal.partiallyExpired' : 'procedures.legal.inForce')}
                </Tag>
              ) : (
                <Tag color="red">{t('procedures.legal.expired')}</Tag>
              )}
            </Space>
            <Typography.Text>{doc.title}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('procedures.legal.issued', { issuer: doc.issuer, date: formatDay(doc.issuedOn, language) })}
              {' · '}
              {t('procedures.legal.effective', { date: formatDay(doc.effectiveFrom, language) })}
              {doc.expiresOn ? ` · ${t('procedures.legal.expiresOn', { date: formatDay(doc.expiresOn, language) })}` : ''}
            </Typography.Text>
            {!doc.inForce && doc.replacedBy ? (
              <Typography.Text type="danger">
                {t('procedures.legal.replacedBy', { number: doc.replacedBy.number, title: doc.replacedBy.title })}
              </Typography.Text>
            ) : null}
          </Space>
        </List.Item>
      )}
    />
  );
}

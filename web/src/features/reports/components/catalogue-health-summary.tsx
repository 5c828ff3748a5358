import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatShare, languageOf } from '../lib/format';

export const CatalogueHealthSummaryFragment = graphql(`
  fragment CatalogueHealthSummary_figures on CatalogueHealthFigures {
    published
    onlineServiceShare
    citingExpiredLaw
    missingRequiredFields
    drafts
  }
`);

type Props = { figures: FragmentType<typeof CatalogueHealthSummaryFragment> };

/** The catalogue issue's health figures for the same scope, shown beside the results. */
export function CatalogueHealthSummary({ figures: source }: Props) {
  const { t, i18n } = useTranslation();
  const f = readFragment(CatalogueHealthSummaryFragment, source);
  return (
    <Card title={t('reports.health.title')} size="small">
      <Descriptions column={{ xs: 1, sm: 2, lg: 3, xl: 5, xxl: 1 }} size="small" layout="vertical">
        <Descriptions.Item label={t('reports.health.published')}>{f.published}</Descriptions.Item>
        <Descriptions.Item label={t('reports.health.online')}>{formatShare(f.onlineServiceShare, languageOf(i18n.language), '—')}</Descriptions.Item>
        <Descriptions.Item label={t('reports.health.expired')}>{f.citingExpiredLaw}</Descriptions.Item>
        <Descriptions.Item label={t('reports.health.missing')}>{f.missingRequiredFields}</Descriptions.Item>
        <Descriptions.Item label={t('reports.health.drafts')}>{f.drafts}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

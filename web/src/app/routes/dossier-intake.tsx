import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { IntakeWizard } from '@/features/dossiers/components/intake-wizard';
import { graphql } from '@/gql';

const DossierIntakeRouteQuery = graphql(`
  query DossierIntakeRoute {
    me {
      id
      unit {
        id
        code
      }
    }
  }
`);

export function DossierIntakeRoute() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: DossierIntakeRouteQuery });
  return (
    <>
      <Typography.Title level={2}>{t('dossiers.intake.title')}</Typography.Title>
      {data ? <IntakeWizard unitCode={data.me?.unit?.code ?? null} /> : <Skeleton active />}
    </>
  );
}

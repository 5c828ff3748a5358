import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CatalogueHealth } from '@/features/procedures/components/catalogue-health';
import { canSeeHealth } from '@/features/procedures/utils/roles';
import { graphql } from '@/gql';

const CatalogueHealthRouteViewerQuery = graphql(`
  query CatalogueHealthRouteViewer {
    me {
      id
      roles
    }
  }
`);

const CatalogueHealthRouteQuery = graphql(`
  query CatalogueHealthRoute($unitCode: String) {
    catalogueHealth(unitCode: $unitCode) {
      ...CatalogueHealth_health
    }
  }
`);

// For inspectors, analysts, leaders and admins: per-unit figures, units citing expired law first.
export function CatalogueHealthRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unitCode = params.get('unit')?.trim() || null;
  const [viewer] = useQuery({ query: CatalogueHealthRouteViewerQuery });
  const allowed = canSeeHealth(viewer.data?.me?.roles);
  const [{ data, fetching }] = useQuery({ query: CatalogueHealthRouteQuery, variables: { unitCode }, pause: !allowed });

  if (viewer.fetching && !viewer.data) return <Skeleton active />;
  if (!allowed) {
    return <Result status="403" title={t('procedures.health.forbidden')} subTitle={t('procedures.health.forbiddenHint')} />;
  }

  return (
    <Flex vertical gap={16}>
      <Link to="/procedures">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('procedures.backToList')}
        </Button>
      </Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('procedures.health.title')}
        </Typography.Title>
        <Input.Search
          key={unitCode ?? ''}
          defaultValue={unitCode ?? ''}
          allowClear
          style={{ maxWidth: 320 }}
          aria-label={t('procedures.health.unitFilter')}
          placeholder={t('procedures.health.unitFilter')}
          onSearch={(text) => setParams(text.trim() ? { unit: text.trim() } : {})}
        />
      </Flex>
      {data?.catalogueHealth ? (
        <CatalogueHealth health={data.catalogueHealth} />
      ) : (
        <Card>{fetching ? <Skeleton active /> : null}</Card>
      )}
    </Flex>
  );
}

import { HeartOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ProcedureFilters } from '@/features/procedures/components/procedure-filters';
import { ProcedureTable } from '@/features/procedures/components/procedure-table';
import { filtersFromParams, filtersToParams, toProcedureFilter, type CatalogueFilters } from '@/features/procedures/utils/filters';
import { canEditCatalogue, canSeeHealth } from '@/features/procedures/utils/roles';
import { graphql } from '@/gql';

const PAGE_SIZE = 20;

const ProceduresRouteQuery = graphql(`
  query ProceduresRoute {
    me {
      id
      roles
    }
    procedureFields {
      code
      name
    }
  }
`);

const ProceduresRoutePageQuery = graphql(`
  query ProceduresRoutePage($first: Int!, $after: String, $where: ProcedureFilter) {
    procedures(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...ProcedureTable_procedure
      }
    }
  }
`);

// Public catalogue: filters live in the URL; keyset paging keeps a stack of `after` cursors per filter set.
export function ProceduresRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const key = filtersToParams(filters).toString();
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = paging.key === key ? paging.cursors : [null];
  const after = cursors.at(-1) ?? null;

  const [{ data: route }] = useQuery({ query: ProceduresRouteQuery });
  const [{ data, fetching }] = useQuery({
    query: ProceduresRoutePageQuery,
    variables: { first: PAGE_SIZE, after, where: toProcedureFilter(filters) },
  });
  const roles = route?.me?.roles;
  const connection = data?.procedures;

  function change(next: CatalogueFilters) {
    setParams(filtersToParams(next));
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('procedures.title')}
        </Typography.Title>
        <Flex gap={8}>
          {canSeeHealth(roles) ? (
            <Link to="/procedures/health">
              <Button icon={<HeartOutlined />}>{t('procedures.health.title')}</Button>
            </Link>
          ) : null}
          {canEditCatalogue(roles) ? (
            <Link to="/procedures/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('procedures.editor.newTitle')}
              </Button>
            </Link>
          ) : null}
        </Flex>
      </Flex>
      <Card>
        <ProcedureFilters
          value={filters}
          fields={route?.procedureFields ?? []}
          canFilterStatus={Boolean(route?.me)}
          onChange={change}
        />
      </Card>
      <Card>
        <ProcedureTable procedures={connection?.nodes ?? []} loading={fetching} />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }} wrap gap={8}>
          <Typography.Text type="secondary">
            {t('procedures.total', { count: connection?.totalCount ?? 0 })}
            {' · '}
            {t('procedures.page', { page: cursors.length })}
          </Typography.Text>
          <Flex gap={8}>
            <Button disabled={cursors.length < 2} onClick={() => setPaging({ key, cursors: cursors.slice(0, -1) })}>
              {t('procedures.previous')}
            </Button>
            <Button
              disabled={!connection?.pageInfo.hasNextPage}
              onClick={() => {
                const end = connection?.pageInfo.endCursor;
                if (end) setPaging({ key, cursors: [...cursors, end] });
              }}
            >
              {t('procedures.next')}
            </Button>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}

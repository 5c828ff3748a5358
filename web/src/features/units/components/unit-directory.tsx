import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { UnitTable } from './unit-table';

const PAGE_SIZE = 20;

const UnitDirectoryQuery = graphql(`
  query UnitDirectory($first: Int!, $after: String, $where: UnitFilter) {
    units(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UnitTable_unit
      }
    }
  }
`);

// Cursor paging: `cursors[i]` is the `after` value that opens page i.
export function UnitDirectory() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [{ data, fetching }] = useQuery({
    query: UnitDirectoryQuery,
    variables: { first: PAGE_SIZE, after, where: search ? { search } : null },
  });
  const connection = data?.units;

  function runSearch(text: string) {
    setSearch(text.trim());
    setCursors([null]);
  }

  function next() {
    const end = connection?.pageInfo.endCursor;
    if (end) setCursors((list) => [...list, end]);
  }

  return (
    <Flex vertical gap={12}>
      <Input.Search
        allowClear
        aria-label={t('units.search')}
        placeholder={t('units.searchPlaceholder')}
        enterButton
        onSearch={runSearch}
      />
      <UnitTable units={connection?.nodes ?? []} loading={fetching} />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('units.total', { count: connection?.totalCount ?? 0 })}</Typography.Text>
        <Flex gap={8}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors((list) => list.slice(0, -1))}>
            {t('units.previous')}
          </Button>
          <Button disabled={!connection?.pageInfo.hasNextPage} onClick={next}>
            {t('units.next')}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}

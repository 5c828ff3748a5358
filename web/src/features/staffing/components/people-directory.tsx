import { Button, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql, readFragment } from '@/gql';
import type { EmploymentType, PeopleDirectory_PersonFragment } from '@/gql/graphql';
import { formatDay, yearsSince } from '../lib/dates';
import { staffingPaths } from '../lib/paths';
import { BirthDate } from './birth-date';

const PAGE_SIZE = 20;
const TYPES: EmploymentType[] = ['CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'SUPPORT_CONTRACT_111', 'CONTRACT_173_LABOUR', 'CONTRACT_173_SERVICE'];

export const PeopleDirectoryPersonFragment = graphql(`
  fragment PeopleDirectory_person on Person {
    id
    personKey
    fullName
    dateOfBirth
    birthYear
    seniorityStart
    post(asOf: $asOf) {
      id
      position
      postType
      office {
        id
        code
        name
      }
    }
    employment(asOf: $asOf) {
      id
      type
      supportJob
      end
    }
  }
`);

const PeopleDirectoryQuery = graphql(`
  query PeopleDirectory($first: Int!, $after: String, $where: PersonFilter, $asOf: Date) {
    people(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PeopleDirectory_person
      }
    }
  }
`);

type Props = { unitCode: string; asOf: string | null };

/** The unit's register: post and employment on the chosen date; birth date masked for analysts. */
export function PeopleDirectory({ unitCode, asOf }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [employmentType, setEmploymentType] = useState<EmploymentType | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [{ data, fetching }] = useQuery({
    query: PeopleDirectoryQuery,
    variables: { first: PAGE_SIZE, after, asOf, where: { unitCode, search: search || null, employmentType } },
  });
  const connection = data?.people;
  const rows = (connection?.nodes ?? []).map((p) => readFragment(PeopleDirectoryPersonFragment, p));

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          aria-label={t('staffing.common.search')}
          placeholder={t('staffing.common.search')}
          enterButton
          onSearch={(text) => {
            setSearch(text.trim());
            setCursors([null]);
          }}
          style={{ maxWidth: 360 }}
        />
        <Select<EmploymentType | null>
          aria-label={t('staffing.unitPage.employmentFilter')}
          value={employmentType}
          onChange={(value) => {
            setEmploymentType(value ?? null);
            setCursors([null]);
          }}
          allowClear
          placeholder={t('staffing.unitPage.allTypes')}
          options={TYPES.map((type) => ({ value: type, label: t(`staffing.employmentType.${type}`) }))}
          style={{ minWidth: 300 }}
        />
      </Flex>
      <Table<PeopleDirectory_PersonFragment>
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        scroll={{ x: true }}
        columns={[
          { title: t('staffing.person.personKey'), dataIndex: 'personKey', width: 120 },
          { title: t('staffing.person.fullName'), key: 'name', render: (_, p) => <Link to={staffingPaths.person(p.id)}>{p.fullName}</Link> },
          { title: t('staffing.person.dateOfBirth'), key: 'dob', render: (_, p) => <BirthDate dateOfBirth={p.dateOfBirth} birthYear={p.birthYear} /> },
          {
            title: t('staffing.person.position'),
            key: 'post',
            render: (_, p) =>
              p.post ? (
                <Flex vertical>
                  <span>{t(`staffing.position.${p.post.position}`)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.post.office?.name ?? ''} · {t(`staffing.postType.${p.post.postType}`)}
                  </Typography.Text>
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('staffing.person.noPost')}</Typography.Text>
              ),
          },
          {
            title: t('staffing.person.employment'),
            key: 'employment',
            render: (_, p) =>
              p.employment ? (
                <Flex vertical>
                  <span>{t(`staffing.employmentType.${p.employment.type}`)}</span>
                  {(p.employment.supportJob || p.employment.end) && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {p.employment.supportJob ? t(`staffing.supportJob.${p.employment.supportJob}`) : ''}
                      {p.employment.end ? ` → ${formatDay(p.employment.end)}` : ''}
                    </Typography.Text>
                  )}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('staffing.person.noEmployment')}</Typography.Text>
              ),
          },
          { title: t('staffing.person.seniority'), key: 'seniority', render: (_, p) => t('staffing.common.years', { count: yearsSince(p.seniorityStart, asOf) }) },
        ]}
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('staffing.common.total', { count: connection?.totalCount ?? 0 })}</Typography.Text>
        <Flex gap={8}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors((list) => list.slice(0, -1))}>
            {t('staffing.common.previous')}
          </Button>
          <Button
            disabled={!connection?.pageInfo.hasNextPage}
            onClick={() => {
              const end = connection?.pageInfo.endCursor;
              if (end) setCursors((list) => [...list, end]);
            }}
          >
            {t('staffing.common.next')}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}

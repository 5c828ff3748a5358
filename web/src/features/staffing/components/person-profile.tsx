import { Button, Card, Descriptions, Flex, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { PersonProfile_PersonFragment } from '@/gql/graphql';
import { formatDay, yearsSince } from '../lib/dates';
import { BirthDate } from './birth-date';

export const PersonProfileFragment = graphql(`
  fragment PersonProfile_person on Person {
    id
    personKey
    fullName
    dateOfBirth
    birthYear
    seniorityStart
    version
    unit {
      id
      code
      name
    }
    post {
      id
      position
      office {
        id
        name
      }
    }
    employment {
      id
      type
    }
    assignments {
      id
      from
      to
      position
      postType
      version
      office {
        id
        code
        name
      }
    }
    employments {
      id
      type
      supportJob
      start
      end
      version
    }
  }
`);

export type ProfileAssignment = PersonProfile_PersonFragment['assignments'][number];
export type ProfileEmployment = PersonProfile_PersonFragment['employments'][number];

type Props = {
  person: FragmentType<typeof PersonProfileFragment>;
  canEdit: boolean;
  onEdit: () => void;
  onAssign: () => void;
  onEndAssignment: (assignment: ProfileAssignment) => void;
  onRecordEmployment: () => void;
  onEditEmployment: (employment: ProfileEmployment) => void;
};

/** A person's details with the history of posts and employment terms, newest first. */
export function PersonProfile({ person: ref, canEdit, onEdit, onAssign, onEndAssignment, onRecordEmployment, onEditEmployment }: Props) {
  const { t } = useTranslation();
  const person = readFragment(PersonProfileFragment, ref);
  const assignments = [...person.assignments].reverse();
  const employments = [...person.employments].reverse();

  return (
    <Flex vertical gap={16}>
      <Card
        title={person.fullName}
        extra={
          canEdit && (
            <Button onClick={onEdit} disabled={!person.dateOfBirth} title={person.dateOfBirth ? undefined : t('staffing.forms.dobMasked')}>
              {t('staffing.person.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('staffing.person.personKey')}>{person.personKey}</Descriptions.Item>
          <Descriptions.Item label={t('staffing.person.unit')}>{person.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('staffing.person.dateOfBirth')}>
            <BirthDate dateOfBirth={person.dateOfBirth} birthYear={person.birthYear} />
          </Descriptions.Item>
          <Descriptions.Item label={t('staffing.person.seniorityStart')}>
            {formatDay(person.seniorityStart)} ({t('staffing.common.years', { count: yearsSince(person.seniorityStart, null) })})
          </Descriptions.Item>
          <Descriptions.Item label={t('staffing.person.position')}>
            {person.post ? `${t(`staffing.position.${person.post.position}`)} — ${person.post.office?.name ?? ''}` : t('staffing.person.noPost')}
          </Descriptions.Item>
          <Descriptions.Item label={t('staffing.person.employment')}>
            {person.employment ? t(`staffing.employmentType.${person.employment.type}`) : t('staffing.person.noEmployment')}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('staffing.person.assignments')} extra={canEdit && <Button onClick={onAssign}>{t('staffing.person.assign')}</Button>}>
        <Table<ProfileAssignment>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={assignments}
          scroll={{ x: true }}
          columns={[
            { title: t('staffing.person.office'), key: 'office', render: (_, a) => a.office?.name ?? t('staffing.common.none') },
            { title: t('staffing.person.position'), key: 'position', render: (_, a) => t(`staffing.position.${a.position}`) },
            { title: t('staffing.person.postType'), key: 'postType', render: (_, a) => t(`staffing.postType.${a.postType}`) },
            { title: t('staffing.person.from'), key: 'from', render: (_, a) => formatDay(a.from) },
            { title: t('staffing.person.to'), key: 'to', render: (_, a) => (a.to ? formatDay(a.to) : t('staffing.person.ongoing')) },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, a: ProfileAssignment) =>
                      !a.to && (
                        <Button size="small" onClick={() => onEndAssignment(a)}>
                          {t('staffing.person.endAssignment')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card
        title={t('staffing.person.employments')}
        extra={canEdit && <Button onClick={onRecordEmployment}>{t('staffing.person.recordEmployment')}</Button>}
      >
        <Table<ProfileEmployment>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={employments}
          scroll={{ x: true }}
          columns={[
            {
              title: t('staffing.person.employment'),
              key: 'type',
              render: (_, e) => (
                <Space orientation="vertical" size={0}>
                  <span>{t(`staffing.employmentType.${e.type}`)}</span>
                  {e.supportJob && <Typography.Text type="secondary">{t(`staffing.supportJob.${e.supportJob}`)}</Typography.Text>}
                </Space>
              ),
            },
            { title: t('staffing.person.start'), key: 'start', render: (_, e) => formatDay(e.start) },
            { title: t('staffing.person.end'), key: 'end', render: (_, e) => (e.end ? formatDay(e.end) : t('staffing.person.openEnded')) },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, e: ProfileEmployment) => (
                      <Button size="small" onClick={() => onEditEmployment(e)}>
                        {t('staffing.person.editEmployment')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </Flex>
  );
}

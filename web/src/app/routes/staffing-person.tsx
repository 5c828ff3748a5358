import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { AccountLinkCard } from '@/features/staffing/components/account-link-card';
import { AssignModal, EndAssignmentModal } from '@/features/staffing/components/assignment-modals';
import { EmploymentModal } from '@/features/staffing/components/employment-modal';
import { PersonFormModal } from '@/features/staffing/components/person-form-modal';
import { PersonProfile, type ProfileAssignment, type ProfileEmployment } from '@/features/staffing/components/person-profile';
import { StaffingNav } from '@/features/staffing/components/staffing-nav';
import { useStaffingViewer } from '@/features/staffing/components/use-staffing-viewer';
import { staffingPaths } from '@/features/staffing/lib/paths';
import { graphql } from '@/gql';

const StaffingPersonRouteQuery = graphql(`
  query StaffingPersonRoute($id: ID!) {
    person(id: $id) {
      id
      personKey
      fullName
      dateOfBirth
      seniorityStart
      version
      unit {
        id
        code
      }
      ...PersonProfile_person
      ...AccountLinkCard_person
    }
  }
`);

type Editing =
  | { kind: 'person' }
  | { kind: 'assign' }
  | { kind: 'end'; assignment: ProfileAssignment }
  | { kind: 'employment'; employment: ProfileEmployment | null }
  | null;

export function StaffingPersonRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { canEdit } = useStaffingViewer();
  const [editing, setEditing] = useState<Editing>(null);
  const [{ data, fetching }, refetch] = useQuery({ query: StaffingPersonRouteQuery, variables: { id } });
  const person = data?.person;
  const done = () => {
    setEditing(null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Typography.Title level={2}>{t('staffing.title')}</Typography.Title>
      <StaffingNav canEdit={canEdit} />
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate(staffingPaths.unit)} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('staffing.person.back')}
      </Button>
      {fetching && !data ? (
        <Skeleton active />
      ) : !person ? (
        <Result status="404" title={t('staffing.common.notFound')} />
      ) : (
        <>
          <PersonProfile
            person={person}
            canEdit={canEdit}
            onEdit={() => setEditing({ kind: 'person' })}
            onAssign={() => setEditing({ kind: 'assign' })}
            onEndAssignment={(assignment) => setEditing({ kind: 'end', assignment })}
            onRecordEmployment={() => setEditing({ kind: 'employment', employment: null })}
            onEditEmployment={(employment) => setEditing({ kind: 'employment', employment })}
          />
          <AccountLinkCard person={person} canEdit={canEdit} onChanged={done} />
          {editing?.kind === 'person' && person.dateOfBirth && (
            <PersonFormModal
              unitCode={person.unit.code}
              person={{ ...person, dateOfBirth: person.dateOfBirth }}
              onClose={() => setEditing(null)}
              onSaved={done}
              onReload={done}
            />
          )}
          {editing?.kind === 'assign' && (
            <AssignModal personId={person.id} unitCode={person.unit.code} onClose={() => setEditing(null)} onSaved={done} onReload={done} />
          )}
          {editing?.kind === 'end' && (
            <EndAssignmentModal assignment={editing.assignment} onClose={() => setEditing(null)} onSaved={done} onReload={done} />
          )}
          {editing?.kind === 'employment' && (
            <EmploymentModal personId={person.id} employment={editing.employment} onClose={() => setEditing(null)} onSaved={done} onReload={done} />
          )}
        </>
      )}
    </>
  );
}

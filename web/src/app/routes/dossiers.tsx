import { FileAddOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { DossierFinder } from '@/features/dossiers/components/dossier-finder';
import { DossierQueue } from '@/features/dossiers/components/dossier-queue';
import { graphql } from '@/gql';

export const DossiersRouteQuery = graphql(`
  query DossiersRoute {
    me {
      id
      roles
    }
  }
`);

// "My work": the signed-in officer's queue; leaders can switch to their unit.
export function DossiersRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: DossiersRouteQuery });
  const roles = data?.me?.roles ?? [];
  const isLeader = roles.includes('LEADER') || roles.includes('ADMIN');
  const isDesk = roles.includes('RECEPTIONIST') || roles.includes('ADMIN') || roles.includes('DATA_ENTRY');
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2}>{t('dossiers.queue.title')}</Typography.Title>
        <Flex gap={8} wrap>
          {isLeader && <Link to="/dossiers/approvals">{t('dossiers.queue.approvals')}</Link>}
          {isDesk && <Link to="/dossiers/tracking-book">{t('dossiers.queue.trackingBook')}</Link>}
          {isDesk && (
            <Button type="primary" icon={<FileAddOutlined />} onClick={() => void navigate('/dossiers/new')}>
              {t('dossiers.queue.receive')}
            </Button>
          )}
        </Flex>
      </Flex>
      {isDesk && (
        <Flex style={{ marginBottom: 16 }}>
          <DossierFinder />
        </Flex>
      )}
      {data ? <DossierQueue canSeeUnit={isLeader || isDesk} /> : <Skeleton active />}
    </>
  );
}

export function DossierApprovalsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2}>{t('dossiers.approvals.title')}</Typography.Title>
      <DossierQueue canSeeUnit={false} fixedStatuses={['AWAITING_APPROVAL']} />
    </>
  );
}

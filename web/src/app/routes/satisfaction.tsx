import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { FollowUpInbox } from '@/features/satisfaction/components/follow-up-inbox';
import { RatingKiosk } from '@/features/satisfaction/components/rating-kiosk';
import { SatisfactionDashboard } from '@/features/satisfaction/components/satisfaction-dashboard';
import { SatisfactionNav } from '@/features/satisfaction/components/satisfaction-nav';
import { useSatisfactionViewer } from '@/features/satisfaction/components/use-satisfaction-viewer';
import { todayInVietnam } from '@/features/satisfaction/lib/format';
import { satisfactionPaths } from '@/features/satisfaction/lib/paths';
import { canHandleFollowUps, canReadSatisfaction, canRunKiosk } from '@/features/satisfaction/lib/roles';

/** The dashboard (`?from=yyyy-MM-dd&to=…&unit=…`, default this year to today); the desk goes straight to its kiosk. */
export function SatisfactionRoute() {
  const { t } = useTranslation();
  const { roles, fetching } = useSatisfactionViewer();
  const [params, setParams] = useSearchParams();
  if (fetching) return <Skeleton active />;
  if (!canReadSatisfaction(roles) && canRunKiosk(roles)) return <Navigate to={satisfactionPaths.kiosk} replace />;
  const today = todayInVietnam();
  const from = params.get('from') ?? `${today.slice(0, 4)}-01-01`;
  const to = params.get('to') ?? today;
  return (
    <>
      <Typography.Title level={2}>{t('satisfaction.dashboard.title')}</Typography.Title>
      <SatisfactionNav roles={roles} />
      <SatisfactionDashboard
        from={from}
        to={to}
        unitCode={params.get('unit')}
        onChange={(next) => setParams({ from: next.from, to: next.to, ...(next.unitCode ? { unit: next.unitCode } : {}) })}
      />
    </>
  );
}

export function FollowUpsRoute() {
  const { t } = useTranslation();
  const { roles, fetching } = useSatisfactionViewer();
  if (fetching) return <Skeleton active />;
  return (
    <>
      <Typography.Title level={2}>{t('satisfaction.inbox.title')}</Typography.Title>
      <SatisfactionNav roles={roles} />
      <FollowUpInbox canAct={canHandleFollowUps(roles)} />
    </>
  );
}

export function KioskRoute() {
  const { roles, fetching } = useSatisfactionViewer();
  if (fetching) return <Skeleton active />;
  return (
    <>
      <SatisfactionNav roles={roles} />
      <RatingKiosk />
    </>
  );
}

import BellOutlined from '@ant-design/icons/es/icons/BellOutlined';
import App from 'antd/es/app';
import Badge from 'antd/es/badge';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { graphql, readFragment } from '@/gql';
import { alertArrived, useLiveRefetch, useSocketState } from '@/lib/live-events';
import { alertsAcknowledged } from '../lib/alert-signals';
import { AlertToast, AlertToastFragment } from './alert-toast';

const AlertBellSummaryQuery = graphql(`
  query AlertBellSummary {
    alertSummary {
      open
      unacknowledged
    }
  }
`);

const AlertBellSubscription = graphql(`
  subscription AlertBell {
    deadlineAlerts {
      id
      ...AlertToast_alert
    }
  }
`);

// The header's bell: the count of unread alerts in the officer's units, a toast for each new alert pushed on the
// socket, and a "reconnecting" mark while the socket is down (on reconnect the count is read again).
export function AlertBell({ alertsPath }: { alertsPath: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const socket = useSocketState();
  const [{ data }, reexecute] = useQuery({ query: AlertBellSummaryQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [{ data: pushed, error: pushError }, resubscribe] = useSubscription({ query: AlertBellSubscription });

  useLiveRefetch(refetch);
  // The server ends a stream that fell too far behind (SUBSCRIPTION_OVERFLOW): what it missed is read again (the queue,
  // its counts and this bell), and the bell subscribes anew.
  useEffect(() => {
    if (!pushError?.graphQLErrors.some((e) => e.extensions.code === 'SUBSCRIPTION_OVERFLOW')) return;
    alertArrived.emit();
    resubscribe();
  }, [pushError, resubscribe]);
  useEffect(() => alertsAcknowledged.listen(refetch), [refetch]);

  useEffect(() => {
    if (!pushed?.deadlineAlerts) return;
    const alert = readFragment(AlertToastFragment, pushed.deadlineAlerts);
    notification.warning({
      key: `alert-${alert.id}`,
      title: t(`alerts.kinds.${alert.kind}`),
      description: <AlertToast alert={pushed.deadlineAlerts} onOpen={(path) => void navigate(path)} />,
      duration: 10,
      // Bottom right: the header (and this bell) stays clickable while toasts are up.
      placement: 'bottomRight',
    });
    // The queue, its counts and this bell all read the new state.
    alertArrived.emit();
  }, [pushed, notification, navigate, t]);

  const unread = data?.alertSummary.unacknowledged ?? 0;
  return (
    <Flex align="center" gap={8}>
      {socket === 'reconnecting' && (
        <Tooltip title={t('alerts.reconnectingHint')}>
          <Tag color="warning" role="status" data-testid="socket-reconnecting">
            {t('alerts.reconnecting')}
          </Tag>
        </Tooltip>
      )}
      <Badge count={unread} overflowCount={999} data-testid="alert-bell-count">
        <Button
          shape="circle"
          icon={<BellOutlined />}
          aria-label={t('alerts.bell', { count: unread })}
          onClick={() => void navigate(alertsPath)}
        />
      </Badge>
    </Flex>
  );
}

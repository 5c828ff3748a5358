import Flex from 'antd/es/flex';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { alertDossierPath, formatAlertTime } from '../lib/alert-format';

export const AlertToastFragment = graphql(`
  fragment AlertToast_alert on DeadlineAlert {
    id
    kind
    dueAt
    step {
      ordinal
    }
    dossier {
      id
      code
    }
  }
`);

type Props = { alert: FragmentType<typeof AlertToastFragment>; onOpen: (path: string) => void };

// The toast body: which dossier, when it is (was) due, and a link to it. Toasts render outside the router,
// so the link navigates through the callback of the bell that opened it.
export function AlertToast(props: Props) {
  const { t } = useTranslation();
  const alert = readFragment(AlertToastFragment, props.alert);
  const path = alertDossierPath(alert.dossier.code);
  return (
    <Flex vertical gap={4} data-testid="alert-toast">
      <Typography.Text strong>{t('alerts.toast.dossier', { code: alert.dossier.code })}</Typography.Text>
      {alert.step && <Typography.Text>{t('alerts.toast.step', { ordinal: alert.step.ordinal })}</Typography.Text>}
      <Typography.Text>{t('alerts.toast.due', { due: formatAlertTime(alert.dueAt) })}</Typography.Text>
      <a
        href={path}
        onClick={(event) => {
          event.preventDefault();
          props.onOpen(path);
        }}
      >
        {t('alerts.toast.open')}
      </a>
    </Flex>
  );
}

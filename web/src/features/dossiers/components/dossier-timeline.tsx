import { Card, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '../lib/format';

export const DossierTimelineFragment = graphql(`
  fragment DossierTimeline_dossier on Dossier {
    id
    receivedAt
    handovers {
      action
      actorName
      at
      note
      stepDueAt
      stepResult
      fromUnit {
        id
        name
      }
      toUnit {
        id
        name
      }
      fromOfficer {
        id
        fullName
      }
      toOfficer {
        id
        fullName
      }
    }
    pauses {
      kind
      reason
      startedAt
      endedAt
      missingItems
    }
    apologies {
      issuedAt
      issuedByName
      reason
      newAppointmentAt
    }
  }
`);

type Props = { dossier: FragmentType<typeof DossierTimelineFragment> };

// Every hand-over, pause (start and end) and apology, oldest first.
export function DossierTimeline(props: Props) {
  const { t } = useTranslation();
  const d = readFragment(DossierTimelineFragment, props.dossier);
  const events: { at: string; color: string; text: string }[] = [
    { at: d.receivedAt, color: 'gray', text: t('dossiers.action.RECEIVE') },
    ...d.handovers.map((h) => ({
      at: h.at,
      color: 'blue',
      text:
        t('dossiers.detail.handover', {
          action: t(`dossiers.action.${h.action}`),
          from: h.fromOfficer?.fullName ?? h.fromUnit?.name ?? h.actorName,
          to: h.toOfficer?.fullName ?? h.toUnit?.name ?? '',
        }) +
        (h.stepDueAt ? ` · ${t('dossiers.detail.stepDue')}: ${formatDateTime(h.stepDueAt)}` : '') +
        (h.stepResult ? ` · ${t(`dossiers.deadline.${h.stepResult}`)}` : '') +
        (h.note ? ` · ${h.note}` : ''),
    })),
    ...d.pauses.flatMap((p) => [
      {
        at: p.startedAt,
        color: 'orange',
        text:
          t('dossiers.detail.pause', { kind: t(`dossiers.pauseKind.${p.kind}`), reason: p.reason }) +
          (p.missingItems.length ? `: ${p.missingItems.join('; ')}` : ''),
      },
      ...(p.endedAt ? [{ at: p.endedAt, color: 'green', text: t('dossiers.detail.pauseEnded') }] : []),
    ]),
    ...d.apologies.map((a) => ({
      at: a.issuedAt,
      color: 'red',
      text: `${t('dossiers.action.APOLOGISE')}: ${a.reason} → ${formatDateTime(a.newAppointmentAt)} (${a.issuedByName})`,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card title={t('dossiers.detail.timeline')}>
      <Timeline
        items={events.map((e, i) => ({
          key: `${e.at}-${i}`,
          color: e.color,
          content: (
            <>
              <strong>{formatDateTime(e.at)}</strong> {e.text}
            </>
          ),
        }))}
      />
    </Card>
  );
}

import { PrinterOutlined } from '@ant-design/icons';
import { Button, Col, Dropdown, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { DossierActions } from '@/features/dossiers/components/dossier-actions';
import { DossierDocuments } from '@/features/dossiers/components/dossier-documents';
import { DossierAudit, DossierSteps } from '@/features/dossiers/components/dossier-records';
import { DossierSummary } from '@/features/dossiers/components/dossier-summary';
import { DossierTimeline } from '@/features/dossiers/components/dossier-timeline';
import { dossierPath } from '@/features/dossiers/lib/paths';
import { graphql } from '@/gql';
import { useLiveRefetch } from '@/lib/live-events';

const DossierRouteQuery = graphql(`
  query DossierRoute($code: String!) {
    me {
      id
      roles
    }
    dossier(code: $code) {
      id
      code
      status
      version
      ...DossierSummary_dossier
      ...DossierTimeline_dossier
      ...DossierDocuments_dossier
      ...DossierSteps_dossier
      ...DossierAudit_dossier
      ...DossierActions_dossier
    }
  }
`);

// The same fields as the page: each pushed state replaces the page's data in place.
const DossierChangedSubscription = graphql(`
  subscription DossierChanged($code: String!) {
    dossierChanged(code: $code) {
      id
      code
      status
      version
      ...DossierSummary_dossier
      ...DossierTimeline_dossier
      ...DossierDocuments_dossier
      ...DossierSteps_dossier
      ...DossierAudit_dossier
      ...DossierActions_dossier
    }
  }
`);

const FORMS = ['receipt', 'supplement', 'refusal', 'apology', 'control'] as const;
const FORM_NUMBERS = { receipt: '01', supplement: '02', refusal: '03', apology: '04', control: '05' } as const;

export function DossierRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const code = useParams().code ?? '';
  const [{ data, fetching }, reexecute] = useQuery({ query: DossierRouteQuery, variables: { code } });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [{ data: live }] = useSubscription({ query: DossierChangedSubscription, variables: { code } });
  // A reconnect may have missed changes: read the dossier again.
  useLiveRefetch(reload, { onAlert: false });

  if (fetching && !data) return <Skeleton active />;
  const pushed = live?.dossierChanged.code === code ? live.dossierChanged : null;
  const dossier = pushed && data?.dossier && pushed.version > data.dossier.version ? pushed : data?.dossier;
  if (!dossier) return <Empty description={t('dossiers.detail.notFound')} />;

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {dossier.code} <Tag color="blue">{t(`dossiers.status.${dossier.status}`)}</Tag>
        </Typography.Title>
        <Flex gap={8}>
          <Dropdown
            menu={{
              items: FORMS.map((form) => ({ key: form, label: `${t('dossiers.print.formNo', { no: FORM_NUMBERS[form] })}` })),
              onClick: ({ key }) => void navigate(dossierPath(dossier.code, `print/${key}`)),
            }}
          >
            <Button icon={<PrinterOutlined />}>{t('dossiers.detail.print')}</Button>
          </Dropdown>
          <Link to="/dossiers">{t('dossiers.detail.back')}</Link>
        </Flex>
      </Flex>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <DossierActions dossier={dossier} roles={data?.me?.roles ?? []} onReload={reload} />
            <DossierSummary dossier={dossier} />
            <DossierDocuments dossier={dossier} roles={data?.me?.roles ?? []} onChanged={reload} />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <DossierTimeline dossier={dossier} />
            <DossierSteps dossier={dossier} />
          </Flex>
        </Col>
        <Col xs={24}>
          <DossierAudit dossier={dossier} />
        </Col>
      </Row>
    </>
  );
}

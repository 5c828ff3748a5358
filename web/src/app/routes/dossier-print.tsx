import { PrinterOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Button, DatePicker, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import {
  ApologyFormSheet,
  ProcessControlSheet,
  ReceiptFormSheet,
  RefusalFormSheet,
  SupplementFormSheet,
  TrackingBookSheet,
} from '@/features/dossiers/components/print-forms';
import { formatDateOnly, todayInVietnam } from '@/features/dossiers/lib/format';
import { graphql } from '@/gql';
import { dayjs } from '@/lib/dates';

const DossierPrintRouteQuery = graphql(`
  query DossierPrintRoute($code: String!) {
    dossierForms(code: $code) {
      ratingLink {
        url
      }
      receipt {
        code
        ...ReceiptForm_receipt
      }
      supplementRequest {
        code
        ...SupplementForm_form
      }
      refusal {
        code
        ...RefusalForm_form
      }
      apologies {
        issuedAt
        ...ApologyForm_form
      }
      processControl {
        code
        ...ProcessControl_sheet
      }
    }
  }
`);

const TrackingBookRouteQuery = graphql(`
  query TrackingBookRoute($where: DossierFilter!) {
    me {
      id
      unit {
        id
        name
      }
    }
    dossiers(first: 100, where: $where, order: RECEIVED_OLDEST) {
      nodes {
        id
        ...TrackingBook_dossier
      }
    }
  }
`);

function Toolbar({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex gap={8} className="no-print" style={{ marginBottom: 16 }} wrap>
      <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('dossiers.print.print')}
      </Button>
      <Button onClick={() => void navigate(-1)}>{t('dossiers.print.back')}</Button>
      {children}
    </Flex>
  );
}

/** Public address the QR code on form 01 points to. */
export function lookupUrl(code: string): string {
  return `${window.location.origin}/lookup?code=${encodeURIComponent(code)}`;
}

export function DossierPrintRoute() {
  const { t } = useTranslation();
  const { code = '', form = 'receipt' } = useParams();
  const [{ data, fetching }] = useQuery({ query: DossierPrintRouteQuery, variables: { code } });
  if (fetching && !data) return <Skeleton active />;
  const forms = data?.dossierForms;
  const sheets = !forms
    ? []
    : form === 'receipt'
      ? [
          <ReceiptFormSheet
            key="01"
            receipt={forms.receipt}
            lookupUrl={lookupUrl(forms.receipt.code)}
            ratingUrl={forms.ratingLink ? new URL(forms.ratingLink.url, window.location.origin).toString() : null}
          />,
        ]
      : form === 'supplement' && forms.supplementRequest
        ? [<SupplementFormSheet key="02" form={forms.supplementRequest} />]
        : form === 'refusal' && forms.refusal
          ? [<RefusalFormSheet key="03" form={forms.refusal} />]
          : form === 'apology'
            ? forms.apologies.map((a) => <ApologyFormSheet key={a.issuedAt} form={a} />)
            : form === 'control'
              ? [<ProcessControlSheet key="05" sheet={forms.processControl} />]
              : [];
  return (
    <>
      <Toolbar />
      {sheets.length ? <Flex vertical gap={16}>{sheets}</Flex> : <Empty description={t('dossiers.print.notAvailable')} />}
    </>
  );
}

// Form 06: every dossier the desk received on one day.
export function TrackingBookRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const day = params.get('date') ?? todayInVietnam();
  const [{ data, fetching }] = useQuery({ query: TrackingBookRouteQuery, variables: { where: { receivedFrom: day, receivedTo: day } } });
  return (
    <>
      <Toolbar>
        <DatePicker
          aria-label={t('dossiers.tracking.day')}
          format="DD/MM/YYYY"
          allowClear={false}
          value={dayjs(day)}
          onChange={(value) => value && setParams({ date: value.format('YYYY-MM-DD') })}
        />
      </Toolbar>
      {fetching && !data ? (
        <Skeleton active />
      ) : (
        <TrackingBookSheet dossiers={data?.dossiers.nodes ?? []} day={formatDateOnly(day)} unit={data?.me?.unit?.name} />
      )}
    </>
  );
}

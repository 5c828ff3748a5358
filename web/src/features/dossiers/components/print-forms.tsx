import QRCode from 'qrcode';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatDateTime, formatVnd } from '../lib/format';
import './print.css';

function Sheet({ title, formNo, unit, wide, children }: { title: string; formNo: string; unit?: string; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <article className={wide ? 'print-sheet print-wide' : 'print-sheet'} aria-label={title}>
      <div className="print-head">
        <div>
          <strong>{unit ?? ''}</strong>
          <span>{t('dossiers.print.formNo', { no: formNo })}</span>
        </div>
        <div>
          <strong>{t('dossiers.print.nation')}</strong>
          <span>{t('dossiers.print.motto')}</span>
        </div>
      </div>
      <h1>{title}</h1>
      {children}
    </article>
  );
}

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="print-row">
    <span>{label}:</span>
    <strong>{children}</strong>
  </div>
);

/** A QR code image of `text` (the public lookup address). */
export function QrImage({ text, size = 96 }: { text: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(text, { margin: 1, width: size * 2 }).then((url) => {
      if (live) setSrc(url);
    });
    return () => {
      live = false;
    };
  }, [text, size]);
  return src ? <img src={src} width={size} height={size} alt={text} data-testid="qr" /> : <span style={{ width: size, height: size }} />;
}

export const ReceiptFormFragment = graphql(`
  fragment ReceiptForm_receipt on ReceiptForm {
    code
    receivedAt
    receivedBy
    receivingUnit
    request
    procedureCode
    appointmentAt
    resultPlace
    sets
    applicant {
      fullName
      idNumber
      phone
      address
    }
    documents {
      ordinal
      name
      originals
      copies
      certifiedCopies
    }
    fees {
      name
      amount
    }
    processingTime {
      amount
      unit
    }
  }
`);

/** Form 01; once the result is returned and while the rating link is unused, its QR code leads to the rating page. */
export function ReceiptFormSheet(props: { receipt: FragmentType<typeof ReceiptFormFragment>; lookupUrl: string; ratingUrl?: string | null }) {
  const { t } = useTranslation();
  const r = readFragment(ReceiptFormFragment, props.receipt);
  return (
    <Sheet title={t('dossiers.print.form01')} formNo="01" unit={r.receivingUnit}>
      <Row label={t('dossiers.print.code')}>
        <span data-testid="receipt-code">{r.code}</span>
      </Row>
      <Row label={t('dossiers.print.receivingUnit')}>{r.receivingUnit}</Row>
      <Row label={t('dossiers.print.receivedBy')}>{r.receivedBy}</Row>
      <Row label={t('dossiers.print.applicant')}>
        {r.applicant.fullName} {r.applicant.idNumber ? `— ${r.applicant.idNumber}` : ''} {r.applicant.phone ? `— ${r.applicant.phone}` : ''}
      </Row>
      {r.applicant.address && <Row label={t('dossiers.detail.address')}>{r.applicant.address}</Row>}
      <Row label={t('dossiers.print.request')}>{r.request}</Row>
      <p>{t('dossiers.print.documents')}:</p>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('dossiers.detail.docName')}</th>
            <th>{t('dossiers.detail.originals')}</th>
            <th>{t('dossiers.detail.copies')}</th>
          </tr>
        </thead>
        <tbody>
          {r.documents.map((d) => (
            <tr key={d.ordinal}>
              <td>{d.ordinal}</td>
              <td>{d.name}</td>
              <td>{d.originals}</td>
              <td>{d.copies + d.certifiedCopies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('dossiers.print.sets', { sets: r.sets })}</p>
      <Row label={t('dossiers.print.processingTime')}>
        {r.processingTime.amount} {t(`dossiers.intake.${r.processingTime.unit}`)}
      </Row>
      <Row label={t('dossiers.print.receivedAt')}>{formatDateTime(r.receivedAt)}</Row>
      <Row label={t('dossiers.print.appointmentAt')}>
        <span data-testid="receipt-appointment">{formatDateTime(r.appointmentAt)}</span>
      </Row>
      {r.resultPlace && <Row label={t('dossiers.print.resultPlace')}>{r.resultPlace}</Row>}
      {r.fees.length > 0 && (
        <Row label={t('dossiers.print.fees')}>{r.fees.map((f) => `${f.name}: ${formatVnd(f.amount)}`).join('; ')}</Row>
      )}
      <div className="print-qr">
        <QrImage text={props.lookupUrl} />
        <span>
          {t('dossiers.print.qr')}
          <br />
          {t('dossiers.print.lookupHint', { url: props.lookupUrl })}
        </span>
      </div>
      {props.ratingUrl && (
        <div className="print-qr" data-testid="rating-qr">
          <QrImage text={props.ratingUrl} />
          <span>{t('dossiers.print.ratingQr')}</span>
        </div>
      )}
      <div className="print-sign">
        <div>
          <strong>{t('dossiers.print.applicant')}</strong>
          <br />
          <em>{t('dossiers.print.signature')}</em>
        </div>
        <div>
          <strong>{t('dossiers.print.receivedBy')}</strong>
          <br />
          <em>{t('dossiers.print.signature')}</em>
          <br />
          <br />
          {r.receivedBy}
        </div>
      </div>
    </Sheet>
  );
}

export const SupplementFormFragment = graphql(`
  fragment SupplementForm_form on SupplementRequestForm {
    code
    receivingUnit
    request
    requestedAt
    reason
    items
    applicant {
      fullName
    }
  }
`);

export function SupplementFormSheet(props: { form: FragmentType<typeof SupplementFormFragment> }) {
  const { t } = useTranslation();
  const f = readFragment(SupplementFormFragment, props.form);
  return (
    <Sheet title={t('dossiers.print.form02')} formNo="02" unit={f.receivingUnit}>
      <Row label={t('dossiers.print.code')}>{f.code}</Row>
      <Row label={t('dossiers.print.applicant')}>{f.applicant.fullName}</Row>
      <Row label={t('dossiers.print.request')}>{f.request}</Row>
      <Row label={t('dossiers.print.date')}>{formatDateTime(f.requestedAt)}</Row>
      {f.reason && <Row label={t('dossiers.print.reasons')}>{f.reason}</Row>}
      <p>{t('dossiers.print.items')}:</p>
      <ol>
        {f.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <div className="print-sign">
        <div>
          <strong>{t('dossiers.print.issuedBy')}</strong>
          <br />
          <em>{t('dossiers.print.signature')}</em>
        </div>
      </div>
    </Sheet>
  );
}

export const RefusalFormFragment = graphql(`
  fragment RefusalForm_form on RefusalForm {
    code
    request
    refusedAt
    reasons
    atReception
    applicant {
      fullName
    }
  }
`);

export function RefusalFormSheet(props: { form: FragmentType<typeof RefusalFormFragment> }) {
  const { t } = useTranslation();
  const f = readFragment(RefusalFormFragment, props.form);
  return (
    <Sheet title={t('dossiers.print.form03')} formNo="03">
      <Row label={t('dossiers.print.code')}>{f.code}</Row>
      <Row label={t('dossiers.print.applicant')}>{f.applicant.fullName}</Row>
      <Row label={t('dossiers.print.request')}>{f.request}</Row>
      <Row label={t('dossiers.print.date')}>{formatDateTime(f.refusedAt)}</Row>
      <p>{t('dossiers.print.reasons')}:</p>
      <ol>
        {f.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ol>
      <div className="print-sign">
        <div>
          <strong>{t('dossiers.print.issuedBy')}</strong>
          <br />
          <em>{t('dossiers.print.signature')}</em>
        </div>
      </div>
    </Sheet>
  );
}

export const ApologyFormFragment = graphql(`
  fragment ApologyForm_form on ApologyForm {
    code
    issuedAt
    issuedBy
    reason
    request
    responsibleUnit
    receivedAt
    previousAppointmentAt
    newAppointmentAt
    returnPlace
    applicant {
      fullName
    }
  }
`);

export function ApologyFormSheet(props: { form: FragmentType<typeof ApologyFormFragment> }) {
  const { t } = useTranslation();
  const f = readFragment(ApologyFormFragment, props.form);
  return (
    <Sheet title={t('dossiers.print.form04')} formNo="04" unit={f.responsibleUnit}>
      <Row label={t('dossiers.print.applicant')}>{f.applicant.fullName}</Row>
      <Row label={t('dossiers.print.code')}>{f.code}</Row>
      <Row label={t('dossiers.print.request')}>{f.request}</Row>
      <Row label={t('dossiers.print.receivedAt')}>{formatDateTime(f.receivedAt)}</Row>
      <Row label={t('dossiers.print.previousAppointment')}>{formatDateTime(f.previousAppointmentAt)}</Row>
      <Row label={t('dossiers.print.reasons')}>{f.reason}</Row>
      <Row label={t('dossiers.print.newAppointment')}>{formatDateTime(f.newAppointmentAt)}</Row>
      {f.returnPlace && <Row label={t('dossiers.print.resultPlace')}>{f.returnPlace}</Row>}
      <div className="print-sign">
        <div>
          <strong>{t('dossiers.print.responsibleUnit')}</strong>
          <br />
          <em>{t('dossiers.print.signature')}</em>
          <br />
          <br />
          {f.issuedBy} — {formatDateTime(f.issuedAt)}
        </div>
      </div>
    </Sheet>
  );
}

export const ProcessControlFragment = graphql(`
  fragment ProcessControl_sheet on ProcessControlSheet {
    code
    request
    receivedAt
    appointmentAt
    applicant {
      fullName
    }
    rows {
      at
      fromUnit
      givenBy
      toUnit
      receivedBy
      result
      note
    }
  }
`);

export function ProcessControlSheet(props: { sheet: FragmentType<typeof ProcessControlFragment> }) {
  const { t } = useTranslation();
  const s = readFragment(ProcessControlFragment, props.sheet);
  return (
    <Sheet title={t('dossiers.print.form05')} formNo="05">
      <Row label={t('dossiers.print.code')}>{s.code}</Row>
      <Row label={t('dossiers.print.applicant')}>{s.applicant.fullName}</Row>
      <Row label={t('dossiers.print.request')}>{s.request}</Row>
      <Row label={t('dossiers.print.receivedAt')}>{formatDateTime(s.receivedAt)}</Row>
      <Row label={t('dossiers.print.appointmentAt')}>{formatDateTime(s.appointmentAt)}</Row>
      <table>
        <thead>
          <tr>
            <th>{t('dossiers.print.date')}</th>
            <th>{t('dossiers.print.given')}</th>
            <th>{t('dossiers.print.taken')}</th>
            <th>{t('dossiers.print.result')}</th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((row, i) => (
            <tr key={`${row.at}-${i}`}>
              <td>{formatDateTime(row.at)}</td>
              <td>
                {row.fromUnit}
                <br />
                {row.givenBy}
              </td>
              <td>
                {row.toUnit}
                <br />
                {row.receivedBy ?? ''}
              </td>
              <td>{row.result ? t(`dossiers.deadline.${row.result}`) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Sheet>
  );
}

export const TrackingBookFragment = graphql(`
  fragment TrackingBook_dossier on Dossier {
    id
    code
    receivedAt
    appointmentAt
    returnedAt
    finishedAt
    sets
    applicant {
      fullName
      address
    }
    procedure {
      id
      name
    }
    currentUnit {
      id
      name
    }
    handovers {
      at
    }
  }
`);

export function TrackingBookSheet(props: { dossiers: FragmentType<typeof TrackingBookFragment>[]; day: string; unit?: string }) {
  const { t } = useTranslation();
  const rows = props.dossiers.map((d) => readFragment(TrackingBookFragment, d));
  return (
    <Sheet title={`${t('dossiers.print.form06')} — ${props.day}`} formNo="06" unit={props.unit} wide>
      <table>
        <thead>
          <tr>
            <th>{t('dossiers.print.seq')}</th>
            <th>{t('dossiers.print.code')}</th>
            <th>{t('dossiers.columns.procedure')}</th>
            <th>{t('dossiers.print.applicant')}</th>
            <th>{t('dossiers.print.receivedAt')}</th>
            <th>{t('dossiers.print.appointmentAt')}</th>
            <th>{t('dossiers.print.transferredAt')}</th>
            <th>{t('dossiers.columns.unit')}</th>
            <th>{t('dossiers.print.resultReceivedAt')}</th>
            <th>{t('dossiers.print.returnedAt')}</th>
            <th>{t('dossiers.print.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d, i) => (
            <tr key={d.id}>
              <td>{i + 1}</td>
              <td>{d.code}</td>
              <td>{d.procedure.name}</td>
              <td>
                {d.applicant.fullName}
                <br />
                {d.applicant.address ?? ''}
              </td>
              <td>{formatDateTime(d.receivedAt)}</td>
              <td>{formatDateTime(d.appointmentAt)}</td>
              <td>{formatDateTime(d.handovers[0]?.at)}</td>
              <td>{d.currentUnit.name}</td>
              <td>{formatDateTime(d.finishedAt)}</td>
              <td>{formatDateTime(d.returnedAt)}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </Sheet>
  );
}

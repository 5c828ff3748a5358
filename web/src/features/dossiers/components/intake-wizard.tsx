import { Alert, Button, Card, Checkbox, Descriptions, Flex, Form, Input, InputNumber, List, Radio, Result, Select, Steps, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { ApplicantKind, IntakeChannel, IntakeOutcome } from '@/gql/graphql';
import { isValidCitizenId, isValidPhone } from '../lib/citizen-id';
import { formatDateOnly, formatDateTime, formatVnd } from '../lib/format';
import { dossierPath } from '../lib/paths';
import { attachScans, IntakeScans, type Scans } from './intake-scans';

const IntakeProcedureSearchQuery = graphql(`
  query IntakeProcedureSearch($search: String, $unitCode: String) {
    procedures(first: 15, where: { search: $search, unitCode: $unitCode }, order: NAME) {
      nodes {
        id
        code
        name
        processingTime {
          amount
          unit
        }
        requiredDocuments {
          name
          originals
          copies
          certifiedCopies
        }
        fees {
          name
          amount
          payerNotes
        }
      }
    }
  }
`);

const IntakeAddressUnitsQuery = graphql(`
  query IntakeAddressUnits($where: UnitFilter) {
    units(first: 100, where: $where) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

const IntakeAppointmentPreviewQuery = graphql(`
  query IntakeAppointmentPreview($procedureCode: String!, $receivedAt: DateTime!) {
    previewAppointment(procedureCode: $procedureCode, receivedAt: $receivedAt) {
      appointmentAt
      dueDate
      explanation {
        text
        lines {
          date
          kind
          text
        }
      }
    }
  }
`);

const IntakeWizardReceiveMutation = graphql(`
  mutation IntakeWizardReceive($input: ReceiveDossierInput!) {
    receiveDossier(input: $input) {
      dossier {
        id
        code
        status
        version
        appointmentAt
      }
      errors {
        __typename
        ... on UserError {
          message
        }
        ... on ValidationError {
          field
        }
      }
    }
  }
`);

type Values = {
  kind: ApplicantKind;
  fullName: string;
  idNumber?: string;
  phone: string;
  email?: string;
  province?: string;
  district?: string;
  commune?: string;
  street?: string;
  subject?: string;
  channel: IntakeChannel;
  sets: number;
  checked: string[];
  outcome: IntakeOutcome;
  extraMissing?: string;
  refusalReasons?: string;
};

const STEP_FIELDS: (keyof Values)[][] = [
  [],
  ['kind', 'fullName', 'idNumber', 'phone', 'email', 'province', 'district', 'commune', 'street', 'subject', 'channel'],
  ['sets', 'checked'],
  ['outcome', 'extraMissing', 'refusalReasons'],
];

function useUnitOptions(where: Record<string, string> | null) {
  const [{ data }] = useQuery({ query: IntakeAddressUnitsQuery, variables: { where }, pause: where === null });
  return (data?.units.nodes ?? []).map((u) => ({ value: u.code, label: u.name }));
}

const lines = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

// Receptionist's intake (procedures the desk's unit handles): procedure → applicant → documents and fees → outcome with the previewed appointment.
export function IntakeWizard({ unitCode }: { unitCode: string | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [search, setSearch] = useState('');
  const [procedureCode, setProcedureCode] = useState<string | null>(null);
  const [receivedAt, setReceivedAt] = useState(() => new Date().toISOString());
  const [problem, setProblem] = useState<string | null>(null);
  const client = useClient();
  const [scans, setScans] = useState<Scans>({});
  const [attaching, setAttaching] = useState(false);
  const [unattached, setUnattached] = useState<string[]>([]);
  const [{ data: found, fetching: searching }] = useQuery({ query: IntakeProcedureSearchQuery, variables: { search: search || null, unitCode } });
  const procedures = useMemo(() => found?.procedures.nodes ?? [], [found]);
  const [chosen, setChosen] = useState<(typeof procedures)[number] | null>(null);
  const province = Form.useWatch('province', form);
  const district = Form.useWatch('district', form);
  const outcome = Form.useWatch('outcome', form);
  const checked = Form.useWatch('checked', { form, preserve: true });
  const provinces = useUnitOptions({ kind: 'PROVINCE' });
  // Officers see their own unit subtree: a district desk sees no province, so districts are offered directly.
  const districts = useUnitOptions(province ? { parentCode: province, kind: 'DISTRICT' } : { kind: 'DISTRICT' });
  const communes = useUnitOptions(district ? { parentCode: district, kind: 'COMMUNE' } : null);
  const [{ data: preview, fetching: previewing }] = useQuery({
    query: IntakeAppointmentPreviewQuery,
    variables: { procedureCode: procedureCode ?? '', receivedAt },
    pause: !procedureCode || step !== 3,
  });
  const [{ data: received, fetching: saving }, receive] = useMutation(IntakeWizardReceiveMutation);

  const documents = chosen?.requiredDocuments ?? [];
  const missing = documents.filter((doc) => !(checked ?? []).includes(doc.name)).map((doc) => doc.name);
  const total = (chosen?.fees ?? []).reduce((sum, fee) => sum + fee.amount, 0);

  async function next() {
    if (step === 0 && !chosen) return;
    await form.validateFields(STEP_FIELDS[step]);
    // The appointment is previewed for "now", the moment the desk is about to confirm.
    if (step === 2) setReceivedAt(new Date().toISOString());
    setStep(step + 1);
  }

  async function confirm() {
    const values = await form.validateFields();
    if (!chosen) return;
    const all = form.getFieldsValue(true) as Values;
    const unitName = (code: string | undefined, options: { value: string; label: string }[]) => options.find((o) => o.value === code)?.label;
    const address = [all.street, unitName(all.commune, communes), unitName(all.district, districts), unitName(all.province, provinces)]
      .filter(Boolean)
      .join(', ');
    setProblem(null);
    const filed = documents.filter((doc) => (all.checked ?? []).includes(doc.name)).map((doc) => doc.name);
    setAttaching(true);
    const result = await receive({
      input: {
        procedureCode: chosen.code,
        channel: all.channel,
        subject: all.subject || null,
        sets: all.sets,
        outcome: values.outcome,
        applicant: {
          kind: all.kind,
          fullName: all.fullName.trim(),
          idNumber: all.idNumber || null,
          phone: all.phone.replace(/[\s.-]/g, ''),
          email: all.email || null,
          address: address || null,
        },
        documents: documents
          .filter((doc) => filed.includes(doc.name))
          .map((doc) => ({ name: doc.name, originals: doc.originals, copies: doc.copies, certifiedCopies: doc.certifiedCopies })),
        missingItems: values.outcome === 'REQUEST_SUPPLEMENT' ? [...missing, ...lines(all.extraMissing)] : null,
        refusalReasons: values.outcome === 'REFUSE' ? lines(all.refusalReasons) : null,
      },
    });
    const errors = result.data?.receiveDossier.errors ?? [];
    if (errors.length) setProblem(errors.map((e) => e.message).join(' '));
    const saved = result.data?.receiveDossier.dossier;
    if (saved) setUnattached(await attachScans(client, saved, filed, scans));
    setAttaching(false);
  }

  const dossier = received?.receiveDossier.dossier;
  if (dossier && attaching) return <Card loading />;
  if (dossier) {
    const done =
      dossier.status === 'AWAITING_COMPLETION'
        ? { title: t('dossiers.intake.supplementDone', { code: dossier.code }), form: 'supplement', label: t('dossiers.intake.printSupplement') }
        : dossier.status === 'REFUSED_AT_RECEPTION'
          ? { title: t('dossiers.intake.refusedDone', { code: dossier.code }), form: 'refusal', label: t('dossiers.intake.printRefusal') }
          : { title: t('dossiers.intake.received', { code: dossier.code }), form: 'receipt', label: t('dossiers.intake.printReceipt') };
    return (
      <Result
        status={unattached.length ? 'warning' : 'success'}
        title={done.title}
        subTitle={dossier.appointmentAt ? `${t('dossiers.detail.appointmentAt')}: ${formatDateTime(dossier.appointmentAt)}` : undefined}
        extra={[
          <Link key="print" to={dossierPath(dossier.code, `print/${done.form}`)}>
            <Button type="primary">{done.label}</Button>
          </Link>,
          <Link key="open" to={dossierPath(dossier.code)}>
            {t('dossiers.intake.openDossier')}
          </Link>,
        ]}
      >
        {unattached.length > 0 && <Alert type="warning" showIcon role="alert" title={t('dossiers.upload.attachFailed', { names: unattached.join(', ') })} />}
      </Result>
    );
  }

  const required = [{ required: true, message: t('dossiers.intake.required') }];
  return (
    <Card>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={[
          { title: t('dossiers.intake.stepProcedure') },
          { title: t('dossiers.intake.stepApplicant') },
          { title: t('dossiers.intake.stepDocuments') },
          { title: t('dossiers.intake.stepConfirm') },
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'CITIZEN', channel: 'DIRECT', sets: 1, checked: [], outcome: 'ACCEPT' }}
        style={{ maxWidth: 900 }}
      >
        {step === 0 && (
          <Flex vertical gap={12}>
            <Input.Search
              aria-label={t('dossiers.intake.searchProcedure')}
              placeholder={t('dossiers.intake.searchProcedure')}
              allowClear
              enterButton
              onSearch={(text) => setSearch(text.trim())}
            />
            <List
              loading={searching}
              bordered
              locale={{ emptyText: t('dossiers.intake.noProcedure') }}
              dataSource={procedures}
              renderItem={(p) => (
                <List.Item
                  style={{ cursor: 'pointer', background: chosen?.code === p.code ? '#fff1f0' : undefined }}
                  onClick={() => {
                    setChosen(p);
                    setProcedureCode(p.code);
                    form.setFieldValue('checked', []);
                  }}
                >
                  <Radio checked={chosen?.code === p.code} aria-label={p.name}>
                    <Typography.Text code>{p.code}</Typography.Text> {p.name}
                  </Radio>
                </List.Item>
              )}
            />
            {chosen && <Alert type="info" title={t('dossiers.intake.chosen', { name: chosen.name })} />}
          </Flex>
        )}
        {step === 1 && (
          <>
            <Form.Item name="kind" label={t('dossiers.intake.kind')}>
              <Radio.Group
                options={(['CITIZEN', 'HOUSEHOLD_BUSINESS', 'BUSINESS'] as const).map((k) => ({ value: k, label: t(`dossiers.applicantKind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item name="fullName" label={t('dossiers.intake.fullName')} rules={required}>
              <Input autoComplete="off" />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item
                name="idNumber"
                label={t('dossiers.intake.idNumber')}
                style={{ minWidth: 260 }}
                rules={[
                  { required: true, message: t('dossiers.intake.required') },
                  { validator: (_, v: string | undefined) => (!v || isValidCitizenId(v) ? Promise.resolve() : Promise.reject(new Error(t('dossiers.intake.idInvalid')))) },
                ]}
              >
                <Input inputMode="numeric" maxLength={12} />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('dossiers.intake.phone')}
                style={{ minWidth: 220 }}
                rules={[
                  { required: true, message: t('dossiers.intake.required') },
                  { validator: (_, v: string | undefined) => (!v || isValidPhone(v) ? Promise.resolve() : Promise.reject(new Error(t('dossiers.intake.phoneInvalid')))) },
                ]}
              >
                <Input inputMode="tel" />
              </Form.Item>
              <Form.Item name="email" label={t('dossiers.intake.email')} rules={[{ type: 'email', message: t('dossiers.intake.emailInvalid') }]} style={{ minWidth: 260 }}>
                <Input />
              </Form.Item>
            </Flex>
            <Flex gap={16} wrap>
              <Form.Item name="province" label={t('dossiers.intake.province')} style={{ minWidth: 220 }}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  allowClear
                  options={provinces}
                  aria-label={t('dossiers.intake.province')}
                  onChange={() => form.setFieldsValue({ district: undefined, commune: undefined })}
                />
              </Form.Item>
              <Form.Item name="district" label={t('dossiers.intake.district')} style={{ minWidth: 220 }}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  allowClear
                  options={districts}
                  aria-label={t('dossiers.intake.district')}
                  onChange={() => form.setFieldsValue({ commune: undefined })}
                />
              </Form.Item>
              <Form.Item name="commune" label={t('dossiers.intake.commune')} style={{ minWidth: 220 }}>
                <Select showSearch={{ optionFilterProp: 'label' }} allowClear options={communes} disabled={!district} aria-label={t('dossiers.intake.commune')} />
              </Form.Item>
            </Flex>
            <Form.Item name="street" label={t('dossiers.intake.street')}>
              <Input />
            </Form.Item>
            <Form.Item name="subject" label={t('dossiers.intake.subject')}>
              <Input />
            </Form.Item>
            <Form.Item name="channel" label={t('dossiers.intake.channel')}>
              <Radio.Group options={(['DIRECT', 'POSTAL', 'ONLINE'] as const).map((c) => ({ value: c, label: t(`dossiers.channel.${c}`) }))} />
            </Form.Item>
          </>
        )}
        {step === 2 && chosen && (
          <>
            <Form.Item name="checked" label={t('dossiers.intake.checklist')}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {documents.map((doc) => (
                  <Checkbox key={doc.name} value={doc.name}>
                    {doc.name}{' '}
                    <Typography.Text type="secondary">
                      ({t('dossiers.intake.docCounts', { originals: doc.originals, copies: doc.copies, certified: doc.certifiedCopies })})
                    </Typography.Text>
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <IntakeScans names={documents.filter((doc) => (checked ?? []).includes(doc.name)).map((doc) => doc.name)} scans={scans} onChange={setScans} />
            <Form.Item name="sets" label={t('dossiers.intake.sets')}>
              <InputNumber min={1} max={20} />
            </Form.Item>
            <Typography.Paragraph>
              {t('dossiers.intake.processingTime', {
                amount: chosen.processingTime.amount,
                unit: t(`dossiers.intake.${chosen.processingTime.unit}`),
              })}
            </Typography.Paragraph>
            <Typography.Title level={5}>{t('dossiers.intake.fees')}</Typography.Title>
            {chosen.fees.length === 0 ? (
              <Typography.Text>{t('dossiers.intake.noFees')}</Typography.Text>
            ) : (
              <Table
                rowKey="name"
                size="small"
                pagination={false}
                dataSource={chosen.fees}
                columns={[
                  { title: t('dossiers.intake.fees'), dataIndex: 'name' },
                  { title: '', dataIndex: 'amount', align: 'right', render: (_, fee) => formatVnd(fee.amount) },
                ]}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>{t('dossiers.intake.total')}</Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      <strong>{formatVnd(total)}</strong>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            )}
          </>
        )}
        {step === 3 && (
          <>
            <Form.Item name="outcome" label={t('dossiers.intake.outcome')}>
              <Radio.Group
                optionType="button"
                options={(['ACCEPT', 'REQUEST_SUPPLEMENT', 'REFUSE'] as const).map((o) => ({ value: o, label: t(`dossiers.intake.${o}`) }))}
              />
            </Form.Item>
            {outcome === 'ACCEPT' && (
              <Card size="small" title={t('dossiers.intake.preview')} loading={previewing}>
                {preview?.previewAppointment ? (
                  <>
                    <Descriptions size="small" column={1}>
                      <Descriptions.Item label={t('dossiers.detail.appointmentAt')}>
                        <strong data-testid="preview-appointment">{formatDateTime(preview.previewAppointment.appointmentAt)}</strong>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('dossiers.detail.dueDate')}>{formatDateOnly(preview.previewAppointment.dueDate)}</Descriptions.Item>
                    </Descriptions>
                    <List
                      size="small"
                      dataSource={preview.previewAppointment.explanation.lines}
                      renderItem={(line) => (
                        <List.Item>
                          <strong>{formatDateOnly(line.date)}</strong>&nbsp;{line.text}
                        </List.Item>
                      )}
                    />
                  </>
                ) : (
                  !previewing && <Alert type="warning" title={t('dossiers.intake.previewNone')} />
                )}
              </Card>
            )}
            {outcome === 'REQUEST_SUPPLEMENT' && (
              <>
                <Typography.Title level={5}>{t('dossiers.intake.missingItems')}</Typography.Title>
                <ul>
                  {missing.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
                <Form.Item
                  name="extraMissing"
                  label={t('dossiers.intake.missingItems')}
                  rules={[
                    {
                      validator: (_, v: string | undefined) =>
                        missing.length > 0 || lines(v).length > 0 ? Promise.resolve() : Promise.reject(new Error(t('dossiers.intake.missingRequired'))),
                    },
                  ]}
                >
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            )}
            {outcome === 'REFUSE' && (
              <Form.Item
                name="refusalReasons"
                label={t('dossiers.intake.refusalReasons')}
                rules={[{ required: true, whitespace: true, message: t('dossiers.intake.reasonsRequired') }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
            )}
            {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
          </>
        )}
      </Form>
      <Flex gap={8} style={{ marginTop: 16 }}>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('dossiers.intake.prev')}</Button>}
        {step < 3 && (
          <Button type="primary" disabled={step === 0 && !chosen} onClick={() => void next().catch(() => undefined)}>
            {t('dossiers.intake.next')}
          </Button>
        )}
        {step === 3 && (
          <Button type="primary" loading={saving} onClick={() => void confirm().catch(() => undefined)}>
            {t('dossiers.intake.confirm')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

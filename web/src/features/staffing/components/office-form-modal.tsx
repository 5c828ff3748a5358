import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import type { OfficeKind, ProvinceClass } from '@/gql/graphql';
import { DATE_FORMAT, toDayjs, toWire } from '../lib/dates';
import type { OfficeRow } from './office-table';
import { applyStaffingErrors, PayloadErrorAlert, type FormFeedback } from './payload-errors';

const CreateOfficeMutation = graphql(`
  mutation OfficeFormCreate($input: CreateOfficeInput!) {
    createOffice(input: $input) {
      office {
        id
        code
        version
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const UpdateOfficeMutation = graphql(`
  mutation OfficeFormUpdate($input: UpdateOfficeInput!) {
    updateOffice(input: $input) {
      office {
        id
        code
        name
        headcountQuota
        provinceClass
        internalUnits
        establishedOn
        dissolvedOn
        version
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const KINDS: OfficeKind[] = ['DIVISION', 'GENERAL_OFFICE', 'SUB_DEPARTMENT', 'ONE_STOP_DESK', 'LEADERSHIP'];
const CLASSES: ProvinceClass[] = ['CLASS_II_OR_III', 'CLASS_I', 'SPECIAL_CITY'];
const FIELDS = ['code', 'name', 'kind', 'headcountQuota', 'provinceClass', 'internalUnits', 'establishedOn', 'dissolvedOn'];

type Values = {
  code: string;
  name: string;
  kind: OfficeKind;
  headcountQuota: number;
  provinceClass: ProvinceClass;
  internalUnits: number | null;
  establishedOn: ReturnType<typeof toDayjs>;
  dissolvedOn: ReturnType<typeof toDayjs>;
};

type Props = { unitCode: string; office: OfficeRow | null; onClose: () => void; onSaved: () => void; onReload: () => void };

/** Create (office = null) or update an office. */
export function OfficeFormModal({ unitCode, office, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [feedback, setFeedback] = useState<FormFeedback | null>(null);
  const [created, create] = useMutation(CreateOfficeMutation);
  const [updated, update] = useMutation(UpdateOfficeMutation);
  const busy = created.fetching || updated.fetching;

  async function submit(values: Values) {
    setFeedback(null);
    const common = {
      name: values.name,
      headcountQuota: values.headcountQuota,
      provinceClass: values.provinceClass,
      internalUnits: values.internalUnits ?? null,
      establishedOn: toWire(values.establishedOn) ?? '',
    };
    const result = office
      ? await update({ input: { ...common, code: office.code, dissolvedOn: toWire(values.dissolvedOn), expectedVersion: office.version } })
      : await create({ input: { ...common, code: values.code, kind: values.kind, unitCode } });
    // Transport and GraphQL errors are toasted by the client (channel a).
    const payload = result.data && ('createOffice' in result.data ? result.data.createOffice : result.data.updateOffice);
    if (!payload) return;
    if (payload.errors.length > 0) {
      setFeedback(applyStaffingErrors(payload.errors, form, t, FIELDS));
      return;
    }
    void message.success(t('staffing.forms.saved'));
    onSaved();
  }

  return (
    <Modal
      open
      title={office ? t('staffing.forms.updateOffice', { code: office.code }) : t('staffing.forms.createOffice')}
      okText={t('staffing.common.save')}
      cancelText={t('staffing.common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrorAlert feedback={feedback} onReload={onReload} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={
          office
            ? { ...office, establishedOn: toDayjs(office.establishedOn), dissolvedOn: toDayjs(office.dissolvedOn) }
            : { kind: 'DIVISION', provinceClass: 'CLASS_II_OR_III', headcountQuota: 5, internalUnits: 0 }
        }
      >
        <Form.Item name="code" label={t('staffing.forms.code')} rules={[{ required: true, whitespace: true, message: t('staffing.common.required') }]}>
          <Input disabled={!!office} />
        </Form.Item>
        <Form.Item name="name" label={t('staffing.forms.name')} rules={[{ required: true, whitespace: true, message: t('staffing.common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('staffing.forms.kind')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <Select disabled={!!office} options={KINDS.map((k) => ({ value: k, label: t(`staffing.officeKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="provinceClass" label={t('staffing.forms.provinceClass')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <Select options={CLASSES.map((c) => ({ value: c, label: t(`staffing.provinceClass.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="headcountQuota"
          label={t('staffing.forms.headcountQuota')}
          rules={[
            { required: true, message: t('staffing.common.required') },
            { type: 'number', min: 0, message: t('staffing.common.positive') },
          ]}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="internalUnits" label={t('staffing.forms.internalUnits')} rules={[{ type: 'number', min: 0, message: t('staffing.common.positive') }]}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="establishedOn" label={t('staffing.forms.establishedOn')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        {office && (
          <Form.Item
            name="dissolvedOn"
            label={t('staffing.forms.dissolvedOn')}
            dependencies={['establishedOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Values['dissolvedOn']) =>
                  !value || !getFieldValue('establishedOn') || value.isAfter(getFieldValue('establishedOn'))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('staffing.common.endAfterStart'))),
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

import { App, DatePicker, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import type { EmploymentType, SupportJob } from '@/gql/graphql';
import { DATE_FORMAT, toDayjs, toWire } from '../lib/dates';
import { applyStaffingErrors, PayloadErrorAlert, type FormFeedback } from './payload-errors';

const RecordMutation = graphql(`
  mutation EmploymentModalRecord($input: RecordEmploymentInput!) {
    recordEmployment(input: $input) {
      employment {
        id
        version
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation EmploymentModalUpdate($input: UpdateEmploymentInput!) {
    updateEmployment(input: $input) {
      employment {
        id
        end
        supportJob
        version
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const TYPES: EmploymentType[] = ['CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'SUPPORT_CONTRACT_111', 'CONTRACT_173_LABOUR', 'CONTRACT_173_SERVICE'];
const JOBS: SupportJob[] = ['DRIVER', 'GUARD', 'RECEPTIONIST', 'CLEANER', 'PARKING_ATTENDANT', 'MAINTENANCE', 'COOK', 'OTHER_SUPPORT'];
type DateValue = ReturnType<typeof toDayjs>;
type Values = { type: EmploymentType; supportJob: SupportJob | null; start: DateValue; end: DateValue };
export type EditableEmployment = { id: string; type: EmploymentType; supportJob?: SupportJob | null; start: string; end?: string | null; version: number };

type Props = { personId: string; employment: EditableEmployment | null; onClose: () => void; onSaved: () => void; onReload: () => void };

/** Record a new employment term (employment = null) or change a term's end date and support job. */
export function EmploymentModal({ personId, employment, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form) ?? employment?.type;
  const [feedback, setFeedback] = useState<FormFeedback | null>(null);
  const [recorded, record] = useMutation(RecordMutation);
  const [updated, update] = useMutation(UpdateMutation);

  async function submit(values: Values) {
    setFeedback(null);
    const supportJob = values.type === 'SUPPORT_CONTRACT_111' || employment?.type === 'SUPPORT_CONTRACT_111' ? (values.supportJob ?? null) : null;
    const result = employment
      ? await update({ input: { id: employment.id, end: toWire(values.end), supportJob, expectedVersion: employment.version } })
      : await record({ input: { personId, type: values.type, supportJob, start: toWire(values.start) ?? '', end: toWire(values.end) } });
    const payload = result.data && ('recordEmployment' in result.data ? result.data.recordEmployment : result.data.updateEmployment);
    if (!payload) return;
    if (payload.errors.length > 0) {
      setFeedback(applyStaffingErrors(payload.errors, form, t, ['type', 'supportJob', 'start', 'end']));
      return;
    }
    void message.success(t('staffing.forms.saved'));
    onSaved();
  }

  const isContract = type !== 'CIVIL_SERVANT' && type !== 'PUBLIC_EMPLOYEE';
  return (
    <Modal
      open
      title={employment ? t('staffing.forms.updateEmployment') : t('staffing.forms.recordEmployment')}
      okText={t('staffing.common.save')}
      cancelText={t('staffing.common.cancel')}
      confirmLoading={recorded.fetching || updated.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrorAlert feedback={feedback} onReload={onReload} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={
          employment
            ? { type: employment.type, supportJob: employment.supportJob ?? null, start: toDayjs(employment.start), end: toDayjs(employment.end) }
            : { type: 'CIVIL_SERVANT' }
        }
      >
        <Form.Item name="type" label={t('staffing.forms.type')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <Select disabled={!!employment} options={TYPES.map((v) => ({ value: v, label: t(`staffing.employmentType.${v}`) }))} />
        </Form.Item>
        {type === 'SUPPORT_CONTRACT_111' && (
          <Form.Item name="supportJob" label={t('staffing.forms.supportJob')} rules={[{ required: true, message: t('staffing.common.required') }]}>
            <Select options={JOBS.map((v) => ({ value: v, label: t(`staffing.supportJob.${v}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="start" label={t('staffing.forms.start')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <DatePicker disabled={!!employment} format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="end"
          label={t('staffing.forms.end')}
          dependencies={['start']}
          rules={[
            { required: isContract && type !== 'SUPPORT_CONTRACT_111', message: t('staffing.common.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: DateValue) =>
                !value || !getFieldValue('start') || !value.isBefore(getFieldValue('start'))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('staffing.common.endAfterStart'))),
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

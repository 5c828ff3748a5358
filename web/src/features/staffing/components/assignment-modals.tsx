import { App, DatePicker, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { Position, PostType } from '@/gql/graphql';
import { DATE_FORMAT, toDayjs, toWire } from '../lib/dates';
import { applyStaffingErrors, PayloadErrorAlert, type FormFeedback } from './payload-errors';

const AssignOfficesQuery = graphql(`
  query AssignModalOffices($unitCode: String!) {
    offices(first: 100, where: { unitCode: $unitCode }) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

const AssignMutation = graphql(`
  mutation AssignModalAssign($input: AssignPersonInput!) {
    assignPerson(input: $input) {
      assignment {
        id
        version
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const EndMutation = graphql(`
  mutation EndAssignmentModalEnd($input: EndAssignmentInput!) {
    endAssignment(input: $input) {
      assignment {
        id
        to
        version
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const POSITIONS: Position[] = ['STAFF', 'DEPUTY_HEAD', 'HEAD', 'DEPUTY_DIRECTOR', 'DIRECTOR'];
const POST_TYPES: PostType[] = ['PROFESSIONAL', 'SUPPORT', 'SPECIALISED_TASK'];
type DateValue = ReturnType<typeof toDayjs>;

function endAfter(t: (key: string) => string, startField: string) {
  return ({ getFieldValue }: { getFieldValue: (name: string) => DateValue }) => ({
    validator: (_: unknown, value: DateValue) =>
      !value || !getFieldValue(startField) || !value.isBefore(getFieldValue(startField))
        ? Promise.resolve()
        : Promise.reject(new Error(t('staffing.common.endAfterStart'))),
  });
}

type AssignValues = { officeCode: string; position: Position; postType: PostType; from: DateValue; to: DateValue };
type AssignProps = { personId: string; unitCode: string; onClose: () => void; onSaved: () => void; onReload: () => void };

export function AssignModal({ personId, unitCode, onClose, onSaved, onReload }: AssignProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const [feedback, setFeedback] = useState<FormFeedback | null>(null);
  const [{ data: offices }] = useQuery({ query: AssignOfficesQuery, variables: { unitCode } });
  const [state, assign] = useMutation(AssignMutation);

  async function submit(values: AssignValues) {
    setFeedback(null);
    const result = await assign({
      input: {
        personId,
        officeCode: values.officeCode,
        position: values.position,
        postType: values.postType,
        from: toWire(values.from) ?? '',
        to: toWire(values.to),
      },
    });
    const payload = result.data?.assignPerson;
    if (!payload) return;
    if (payload.errors.length > 0) {
      setFeedback(applyStaffingErrors(payload.errors, form, t, ['officeCode', 'position', 'postType', 'from', 'to']));
      return;
    }
    void message.success(t('staffing.forms.saved'));
    onSaved();
  }

  return (
    <Modal
      open
      title={t('staffing.forms.assign')}
      okText={t('staffing.common.save')}
      cancelText={t('staffing.common.cancel')}
      confirmLoading={state.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrorAlert feedback={feedback} onReload={onReload} />
      <Form<AssignValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ position: 'STAFF', postType: 'PROFESSIONAL' }}>
        <Form.Item name="officeCode" label={t('staffing.forms.officeCode')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(offices?.offices.nodes ?? []).map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }))}
          />
        </Form.Item>
        <Form.Item name="position" label={t('staffing.forms.position')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <Select options={POSITIONS.map((p) => ({ value: p, label: t(`staffing.position.${p}`) }))} />
        </Form.Item>
        <Form.Item name="postType" label={t('staffing.forms.postType')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <Select options={POST_TYPES.map((p) => ({ value: p, label: t(`staffing.postType.${p}`) }))} />
        </Form.Item>
        <Form.Item name="from" label={t('staffing.forms.from')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="to" label={t('staffing.forms.to')} dependencies={['from']} rules={[endAfter(t, 'from')]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type EndValues = { to: DateValue };
type EndProps = { assignment: { id: string; from: string; version: number }; onClose: () => void; onSaved: () => void; onReload: () => void };

export function EndAssignmentModal({ assignment, onClose, onSaved, onReload }: EndProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EndValues & { from: DateValue }>();
  const [feedback, setFeedback] = useState<FormFeedback | null>(null);
  const [state, end] = useMutation(EndMutation);

  async function submit(values: EndValues) {
    setFeedback(null);
    const result = await end({ input: { id: assignment.id, to: toWire(values.to) ?? '', expectedVersion: assignment.version } });
    const payload = result.data?.endAssignment;
    if (!payload) return;
    if (payload.errors.length > 0) {
      setFeedback(applyStaffingErrors(payload.errors, form, t, ['to']));
      return;
    }
    void message.success(t('staffing.forms.saved'));
    onSaved();
  }

  return (
    <Modal
      open
      title={t('staffing.forms.endAssignment')}
      okText={t('staffing.common.save')}
      cancelText={t('staffing.common.cancel')}
      confirmLoading={state.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrorAlert feedback={feedback} onReload={onReload} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ from: toDayjs(assignment.from) }}>
        <Form.Item name="from" hidden>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="to"
          label={t('staffing.forms.to')}
          dependencies={['from']}
          rules={[{ required: true, message: t('staffing.common.required') }, endAfter(t, 'from')]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

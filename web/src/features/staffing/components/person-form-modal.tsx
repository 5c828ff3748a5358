import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { DATE_FORMAT, toDayjs, toWire } from '../lib/dates';
import { applyStaffingErrors, PayloadErrorAlert, type FormFeedback } from './payload-errors';

const CreatePersonMutation = graphql(`
  mutation PersonFormCreate($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person {
        id
        version
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const UpdatePersonMutation = graphql(`
  mutation PersonFormUpdate($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person {
        id
        fullName
        dateOfBirth
        birthYear
        seniorityStart
        version
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const FIELDS = ['personKey', 'fullName', 'dateOfBirth', 'seniorityStart'];

type Values = { personKey: string; fullName: string; dateOfBirth: ReturnType<typeof toDayjs>; seniorityStart: ReturnType<typeof toDayjs> };
export type EditablePerson = { id: string; personKey: string; fullName: string; dateOfBirth: string; seniorityStart: string; version: number };

type Props = {
  unitCode: string;
  person: EditablePerson | null;
  onClose: () => void;
  onSaved: (id: string) => void;
  onReload: () => void;
};

/** Create (person = null) or correct a person's name, date of birth or seniority start. */
export function PersonFormModal({ unitCode, person, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [feedback, setFeedback] = useState<FormFeedback | null>(null);
  const [created, create] = useMutation(CreatePersonMutation);
  const [updated, update] = useMutation(UpdatePersonMutation);

  async function submit(values: Values) {
    setFeedback(null);
    const common = {
      fullName: values.fullName,
      dateOfBirth: toWire(values.dateOfBirth) ?? '',
      seniorityStart: toWire(values.seniorityStart) ?? '',
    };
    const result = person
      ? await update({ input: { ...common, id: person.id, expectedVersion: person.version } })
      : await create({ input: { ...common, personKey: values.personKey, unitCode } });
    const payload = result.data && ('createPerson' in result.data ? result.data.createPerson : result.data.updatePerson);
    if (!payload) return;
    if (payload.errors.length > 0 || !payload.person) {
      setFeedback(applyStaffingErrors(payload.errors, form, t, FIELDS));
      return;
    }
    void message.success(t('staffing.forms.saved'));
    onSaved(payload.person.id);
  }

  return (
    <Modal
      open
      title={person ? t('staffing.forms.updatePerson') : t('staffing.forms.createPerson')}
      okText={t('staffing.common.save')}
      cancelText={t('staffing.common.cancel')}
      confirmLoading={created.fetching || updated.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrorAlert feedback={feedback} onReload={onReload} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={person ? { ...person, dateOfBirth: toDayjs(person.dateOfBirth), seniorityStart: toDayjs(person.seniorityStart) } : undefined}
      >
        <Form.Item name="personKey" label={t('staffing.forms.personKey')} rules={[{ required: true, whitespace: true, message: t('staffing.common.required') }]}>
          <Input disabled={!!person} />
        </Form.Item>
        <Form.Item name="fullName" label={t('staffing.forms.fullName')} rules={[{ required: true, whitespace: true, message: t('staffing.common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dateOfBirth" label={t('staffing.forms.dateOfBirth')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="seniorityStart" label={t('staffing.forms.seniorityStart')} rules={[{ required: true, message: t('staffing.common.required') }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import type { ApplicantType, OnlineServiceClass, ProcessingTimeUnit, Role } from '@/gql/graphql';
import { formPath, type EditorValues } from '../utils/editor';
import { LEVELS, ONLINE_SERVICES } from '../utils/filters';
import { formatTime } from '../utils/format';

export const ProcedureEditorFormFragment = graphql(`
  fragment ProcedureEditorForm_procedure on Procedure {
    code
    name
    field {
      code
    }
    levels
    applicantTypes
    processingTime {
      amount
      unit
    }
    cutOffHour
    onlineService
    legacyOnlineLevel
    fees {
      name
      amount
      payerNotes
    }
    requiredDocuments {
      name
      originals
      certifiedCopies
      copies
      formTemplate
    }
    resultDocuments {
      name
    }
    steps {
      name
      role
      unit
      budget
    }
    legalBases {
      number
    }
    implementingUnits {
      code
    }
    receivingUnits {
      code
    }
  }
`);

export function editorValues(ref: FragmentType<typeof ProcedureEditorFormFragment>): EditorValues {
  const p = readFragment(ProcedureEditorFormFragment, ref);
  return {
    code: p.code,
    name: p.name,
    fieldCode: p.field.code,
    levels: [...p.levels],
    applicantTypes: [...p.applicantTypes],
    processingTime: { amount: p.processingTime.amount, unit: p.processingTime.unit },
    cutOffHour: p.cutOffHour ? formatTime(p.cutOffHour) : undefined,
    onlineService: p.onlineService,
    legacyOnlineLevel: p.legacyOnlineLevel,
    fees: p.fees.map((f) => ({ ...f })),
    requiredDocuments: p.requiredDocuments.map((d) => ({ ...d })),
    resultDocuments: p.resultDocuments.map((r) => ({ name: r.name })),
    steps: p.steps.map((s) => ({ ...s })),
    legalBasisNumbers: p.legalBases.map((d) => d.number),
    implementingUnitCodes: p.implementingUnits.map((u) => u.code),
    receivingUnitCodes: p.receivingUnits.map((u) => u.code),
  };
}

export type FieldError = { field: string; message: string };
export type Option = { value: string; label: string };

type Props = {
  mode: 'create' | 'edit';
  initialValues: EditorValues;
  fields: Option[];
  legalDocuments: Option[];
  units: Option[];
  /** Server validation errors, shown next to their inputs. */
  errors: FieldError[];
  saving: boolean;
  onSubmit: (values: EditorValues) => void;
};

const APPLICANTS: ApplicantType[] = ['CITIZEN', 'BUSINESS', 'HOUSEHOLD_BUSINESS'];
const TIME_UNITS: ProcessingTimeUnit[] = ['WORKING_DAYS', 'CALENDAR_DAYS', 'WORKING_HOURS'];
const STEP_ROLES: Role[] = ['RECEPTIONIST', 'SPECIALIST', 'LEADER', 'ADMIN'];
const LEGACY_LEVELS: Record<OnlineServiceClass, number[]> = { NONE: [1, 2], PARTIAL: [3, 4], FULL: [4] };

export function ProcedureEditorForm({ mode, initialValues, fields, legalDocuments, units, errors, saving, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditorValues>();
  const required = [{ required: true, message: t('procedures.editor.required') }];

  useEffect(() => {
    // Clear the previous round's server messages, then show this round's next to their inputs.
    const stale = form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => ({ name: f.name, errors: [] }));
    const fresh = errors.map((e) => ({ name: formPath(e.field), errors: [e.message] }));
    form.setFields([...stale, ...fresh] as Parameters<typeof form.setFields>[0]);
  }, [errors, form]);

  const onlineService = Form.useWatch('onlineService', form) ?? initialValues.onlineService;

  return (
    <Form<EditorValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError
      aria-label={t('procedures.editor.formLabel')}
    >
      <Card title={t('procedures.detail.overview')}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="code" label={t('procedures.code')} rules={required} extra={t('procedures.editor.codeHint')}>
              <Input disabled={mode === 'edit'} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item name="name" label={t('procedures.name')} rules={required}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fieldCode" label={t('procedures.field')} rules={required}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={fields} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="levels" label={t('procedures.levels')}>
              <Checkbox.Group options={LEVELS.map((l) => ({ value: l, label: t(`procedures.level.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="applicantTypes" label={t('procedures.detail.applicants')}>
              <Checkbox.Group options={APPLICANTS.map((a) => ({ value: a, label: t(`procedures.applicant.${a}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name={['processingTime', 'amount']} label={t('procedures.detail.processingTime')} rules={required}>
              <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name={['processingTime', 'unit']} label={t('procedures.editor.timeUnit')}>
              <Select options={TIME_UNITS.map((u) => ({ value: u, label: t(`procedures.timeUnitName.${u}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item
              name="cutOffHour"
              label={t('procedures.editor.cutOffHour')}
              rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('procedures.editor.timeFormat') }]}
            >
              <Input placeholder="15:00" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="onlineService" label={t('procedures.onlineServiceTitle')}>
              <Select
                options={ONLINE_SERVICES.map((o) => ({ value: o, label: t(`procedures.onlineService.${o}`) }))}
                onChange={(value: OnlineServiceClass) => form.setFieldValue('legacyOnlineLevel', LEGACY_LEVELS[value].at(-1))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="legacyOnlineLevel" label={t('procedures.editor.legacyLevel')}>
              <Select
                options={[1, 2, 3, 4].map((n) => ({
                  value: n,
                  label: t('procedures.editor.legacyLevelOption', { level: n }),
                  disabled: !LEGACY_LEVELS[onlineService].includes(n),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="implementingUnitCodes" label={t('procedures.detail.implementingUnits')}>
              <Select mode="tags" options={units} optionFilterProp="label" tokenSeparators={[',']} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="receivingUnitCodes" label={t('procedures.detail.receivingUnits')}>
              <Select mode="tags" options={units} optionFilterProp="label" tokenSeparators={[',']} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('procedures.detail.requiredDocuments')} style={{ marginTop: 16 }}>
        <Form.List name="requiredDocuments">
          {(rows, { add, remove }) => (
            <Flex vertical gap={4}>
              {rows.map(({ key, name }) => (
                <Row gutter={8} key={key} align="top">
                  <Col xs={24} md={9}>
                    <Form.Item name={[name, 'name']} aria-label={t('procedures.doc.name')} rules={required}>
                      <Input placeholder={t('procedures.doc.name')} aria-label={t('procedures.doc.name')} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={3}>
                    <Form.Item name={[name, 'originals']} label={t('procedures.doc.originals')}>
                      <InputNumber min={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={3}>
                    <Form.Item name={[name, 'certifiedCopies']} label={t('procedures.doc.certifiedCopies')}>
                      <InputNumber min={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={3}>
                    <Form.Item name={[name, 'copies']} label={t('procedures.doc.copies')}>
                      <InputNumber min={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={5}>
                    <Form.Item name={[name, 'formTemplate']} label={t('procedures.doc.formTemplate')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <Button icon={<DeleteOutlined />} aria-label={t('procedures.editor.remove')} onClick={() => remove(name)} />
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', originals: 1, certifiedCopies: 0, copies: 0 })}
                style={{ alignSelf: 'start' }}
              >
                {t('procedures.editor.addDocument')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>

      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={t('procedures.detail.fees')} style={{ height: '100%' }}>
            <Form.List name="fees">
              {(rows, { add, remove }) => (
                <Flex vertical gap={4}>
                  {rows.map(({ key, name }) => (
                    <Row gutter={8} key={key}>
                      <Col span={22}>
                        <Form.Item name={[name, 'name']} rules={required} style={{ marginBottom: 8 }}>
                          <Input placeholder={t('procedures.fee.name')} aria-label={t('procedures.fee.name')} />
                        </Form.Item>
                      </Col>
                      <Col span={2}>
                        <Button icon={<DeleteOutlined />} aria-label={t('procedures.editor.remove')} onClick={() => remove(name)} />
                      </Col>
                      <Col span={8}>
                        <Form.Item name={[name, 'amount']}>
                          <InputNumber min={0} step={1000} style={{ width: '100%' }} placeholder="VND" aria-label={t('procedures.fee.amount')} />
                        </Form.Item>
                      </Col>
                      <Col span={14}>
                        <Form.Item name={[name, 'payerNotes']}>
                          <Input placeholder={t('procedures.fee.notes')} aria-label={t('procedures.fee.notes')} />
                        </Form.Item>
                      </Col>
                    </Row>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ name: '', amount: 0 })} style={{ alignSelf: 'start' }}>
                    {t('procedures.editor.addFee')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('procedures.detail.resultDocuments')} style={{ height: '100%' }}>
            <Form.List name="resultDocuments">
              {(rows, { add, remove }) => (
                <Flex vertical gap={4}>
                  {rows.map(({ key, name }) => (
                    <Space.Compact key={key} style={{ width: '100%' }}>
                      <Form.Item name={[name, 'name']} rules={required} style={{ flex: 1 }}>
                        <Input aria-label={t('procedures.editor.resultName')} />
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} aria-label={t('procedures.editor.remove')} onClick={() => remove(name)} />
                    </Space.Compact>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })} style={{ alignSelf: 'start' }}>
                    {t('procedures.editor.addResult')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
        </Col>
      </Row>

      <Card title={t('procedures.detail.steps')} style={{ marginTop: 16 }} extra={t('procedures.editor.stepsHint')}>
        <Form.List name="steps">
          {(rows, { add, remove }) => (
            <Flex vertical gap={4}>
              {rows.map(({ key, name }, index) => (
                <Row gutter={8} key={key}>
                  <Col xs={2} md={1} style={{ paddingTop: 5 }}>
                    {index + 1}.
                  </Col>
                  <Col xs={22} md={9}>
                    <Form.Item name={[name, 'name']} rules={required}>
                      <Input placeholder={t('procedures.step.name')} aria-label={t('procedures.step.name')} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[name, 'role']}>
                      <Select
                        allowClear
                        placeholder={t('procedures.step.role')}
                        aria-label={t('procedures.step.role')}
                        options={STEP_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[name, 'unit']}>
                      <Input placeholder={t('procedures.step.unit')} aria-label={t('procedures.step.unit')} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={3}>
                    <Form.Item name={[name, 'budget']}>
                      <InputNumber min={0} step={0.5} style={{ width: '100%' }} aria-label={t('procedures.step.budget')} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <Button icon={<DeleteOutlined />} aria-label={t('procedures.editor.remove')} onClick={() => remove(name)} />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', budget: 1 })} style={{ alignSelf: 'start' }}>
                {t('procedures.editor.addStep')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>

      <Card title={t('procedures.detail.legalBases')} style={{ marginTop: 16 }}>
        <Form.Item name="legalBasisNumbers" extra={t('procedures.editor.legalBasesHint')}>
          <Select mode="tags" options={legalDocuments} optionFilterProp="label" aria-label={t('procedures.detail.legalBases')} />
        </Form.Item>
      </Card>

      <Flex justify="end" style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t(mode === 'create' ? 'procedures.editor.create' : 'procedures.editor.saveDraft')}
        </Button>
      </Flex>
    </Form>
  );
}

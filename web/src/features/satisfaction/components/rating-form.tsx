import { Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RatingLevel, RatingQuestion } from '@/gql/graphql';

export const LEVELS: readonly RatingLevel[] = ['VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED'];
const QUESTIONS: readonly RatingQuestion[] = ['CONVENIENCE', 'OVERALL'];

export type RatingValues = { level: RatingLevel; reason?: string; CONVENIENCE?: RatingLevel; OVERALL?: RatingLevel };

/** The mutation's input from the form: reason only when not satisfied, only the answered optional questions. */
export function toRatingInput(values: RatingValues) {
  return {
    level: values.level,
    reason: values.level === 'NOT_SATISFIED' ? (values.reason?.trim() ?? null) : null,
    answers: QUESTIONS.filter((q) => values[q]).map((question) => ({ question, level: values[question] as RatingLevel })),
  };
}

type Props = { onSubmit: (values: RatingValues) => void; submitting: boolean; large?: boolean; optional?: boolean };

/**
 * Three levels as big tap targets (phone-first, and the desk kiosk's touch screen), the reason required for Not
 * satisfied, then the two optional questions of provincial systems.
 */
export function RatingForm({ onSubmit, submitting, large = false, optional = true }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RatingValues>();
  const level = Form.useWatch('level', form);
  const height = large ? 88 : 56;
  return (
    <Form<RatingValues> form={form} layout="vertical" onFinish={onSubmit} requiredMark={false}>
      <Form.Item name="level" label={t('satisfaction.rate.level')} rules={[{ required: true, message: t('satisfaction.rate.level') }]}>
        <Radio.Group aria-label={t('satisfaction.rate.level')} style={{ width: '100%' }}>
          <Flex vertical gap={8}>
            {LEVELS.map((l) => (
              <Radio.Button
                key={l}
                value={l}
                style={{ height, lineHeight: `${height - 2}px`, fontSize: large ? 28 : 18, textAlign: 'center', borderRadius: 8, width: '100%' }}
              >
                {t(`satisfaction.levels.${l}`)}
              </Radio.Button>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      {level === 'NOT_SATISFIED' && (
        <Form.Item
          name="reason"
          label={t('satisfaction.rate.reason')}
          rules={[{ required: true, whitespace: true, message: t('satisfaction.rate.reasonRequired') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} style={{ fontSize: large ? 22 : 16 }} />
        </Form.Item>
      )}
      {optional && (
        <>
          <Typography.Text type="secondary">{t('satisfaction.rate.optional')}</Typography.Text>
          {QUESTIONS.map((q) => (
            <Form.Item key={q} name={q} label={t(`satisfaction.questions.${q}`)} style={{ marginTop: 8 }}>
              <Radio.Group aria-label={t(`satisfaction.questions.${q}`)} optionType="button" buttonStyle="solid" size="large">
                {LEVELS.map((l) => (
                  <Radio.Button key={l} value={l}>
                    {t(`satisfaction.levels.${l}`)}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
          ))}
        </>
      )}
      <Button type="primary" htmlType="submit" block size="large" loading={submitting} style={{ height: large ? 72 : 48, fontSize: large ? 24 : 16 }}>
        {t('satisfaction.rate.submit')}
      </Button>
    </Form>
  );
}

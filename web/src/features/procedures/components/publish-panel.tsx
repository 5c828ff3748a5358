import { Button, DatePicker, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjs } from '@/lib/dates';

type Props = {
  hasDraft: boolean;
  canRetire: boolean;
  busy: boolean;
  /** Server messages for the dates, shown next to the pickers. */
  publishDateError?: string;
  retireDateError?: string;
  onPublish: (effectiveFrom: string) => void;
  onRetire: (effectiveTo: string) => void;
};

const today = () => dayjs().tz('Asia/Ho_Chi_Minh').startOf('day');

export function PublishPanel({ hasDraft, canRetire, busy, publishDateError, retireDateError, onPublish, onRetire }: Props) {
  const { t } = useTranslation();
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [effectiveTo, setEffectiveTo] = useState(today);
  const format = t('procedures.editor.dateFormat');
  const pastDays = (d: dayjs.Dayjs) => d.isBefore(today(), 'day');

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {hasDraft ? t('procedures.editor.publishHint') : t('procedures.editor.noDraft')}
      </Typography.Text>
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item
          label={t('procedures.editor.effectiveFrom')}
          htmlFor="publish-effective-from"
          validateStatus={publishDateError ? 'error' : undefined}
          help={publishDateError}
        >
          <DatePicker
            id="publish-effective-from"
            format={format}
            allowClear={false}
            value={effectiveFrom}
            disabledDate={pastDays}
            onChange={(d) => d && setEffectiveFrom(d)}
          />
        </Form.Item>
        <Button type="primary" disabled={!hasDraft} loading={busy} onClick={() => onPublish(effectiveFrom.format('YYYY-MM-DD'))}>
          {t('procedures.editor.publish')}
        </Button>
      </Form>
      {canRetire ? (
        <Form layout="inline" style={{ rowGap: 8, marginTop: 8 }}>
          <Form.Item
            label={t('procedures.editor.effectiveTo')}
            htmlFor="retire-effective-to"
            validateStatus={retireDateError ? 'error' : undefined}
            help={retireDateError}
          >
            <DatePicker
              id="retire-effective-to"
              format={format}
              allowClear={false}
              value={effectiveTo}
              disabledDate={pastDays}
              onChange={(d) => d && setEffectiveTo(d)}
            />
          </Form.Item>
          <Button danger loading={busy} onClick={() => onRetire(effectiveTo.format('YYYY-MM-DD'))}>
            {t('procedures.editor.retire')}
          </Button>
        </Form>
      ) : null}
    </Flex>
  );
}

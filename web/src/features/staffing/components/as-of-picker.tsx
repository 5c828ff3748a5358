import { DatePicker, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toDayjs, toWire } from '../lib/dates';

type Props = { value: string | null; onChange: (value: string | null) => void };

/** The `asOf` date: empty means today. */
export function AsOfPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={8}>
      <Typography.Text>{t('staffing.common.asOf')}</Typography.Text>
      <DatePicker
        aria-label={t('staffing.common.asOf')}
        title={t('staffing.common.asOfHint')}
        format={DATE_FORMAT}
        placeholder={t('staffing.common.today')}
        value={toDayjs(value)}
        onChange={(date) => onChange(toWire(date))}
        allowClear
      />
    </Flex>
  );
}

import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../lib/dates';

type Props = { dateOfBirth: string | null | undefined; birthYear: number };

// Analysts see personal data masked: the API sends birthYear and a null dateOfBirth.
export function BirthDate({ dateOfBirth, birthYear }: Props) {
  const { t } = useTranslation();
  if (dateOfBirth) return <>{formatDay(dateOfBirth)}</>;
  return (
    <Tooltip title={t('staffing.person.maskedHint')}>
      <Space size={4}>
        <EyeInvisibleOutlined aria-hidden />
        <span>{t('staffing.person.masked', { year: birthYear })}</span>
      </Space>
    </Tooltip>
  );
}

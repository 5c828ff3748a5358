import Segmented from 'antd/es/segmented';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, LANGUAGES } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented
      size="small"
      aria-label={t('header.language')}
      value={currentLanguage()}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: <span title={t(`language.${language}`)}>{language.toUpperCase()}</span>,
      }))}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
    />
  );
}

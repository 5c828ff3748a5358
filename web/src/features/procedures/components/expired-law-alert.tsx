import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { currentLanguage } from '@/lib/i18n';
import { formatDay } from '../utils/format';

export const ExpiredLawAlertFragment = graphql(`
  fragment ExpiredLawAlert_error on CitesExpiredLawError {
    on
    expiredLegalBases {
      id
      number
      title
      expiresOn
      replacedBy {
        id
        number
        title
      }
    }
  }
`);

type Props = { error: FragmentType<typeof ExpiredLawAlertFragment> };

// Publishing refused (CitesExpiredLawError): each expired document and what replaces it.
export function ExpiredLawAlert(props: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const error = readFragment(ExpiredLawAlertFragment, props.error);
  return (
    <Alert
      type="error"
      showIcon
      title={t('procedures.editor.citesExpiredLaw', { date: formatDay(error.on, language) })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {error.expiredLegalBases.map((doc) => (
            <li key={doc.id}>
              <strong>{doc.number}</strong> — {doc.title}
              {doc.expiresOn ? ` (${t('procedures.legal.expiresOn', { date: formatDay(doc.expiresOn, language) })})` : ''}
              {doc.replacedBy ? (
                <div>{t('procedures.legal.replacedBy', { number: doc.replacedBy.number, title: doc.replacedBy.title })}</div>
              ) : null}
            </li>
          ))}
        </ul>
      }
    />
  );
}

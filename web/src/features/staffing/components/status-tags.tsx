import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplianceStatus, Confidence } from '@/gql/graphql';

const STATUS = {
  VIOLATION: { color: 'error', icon: <CloseCircleOutlined /> },
  WARNING: { color: 'warning', icon: <ExclamationCircleOutlined /> },
  COMPLIANT: { color: 'success', icon: <CheckCircleOutlined /> },
} as const;

export function ComplianceStatusTag({ status }: { status: ComplianceStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS[status].color} icon={STATUS[status].icon}>
      {t(`staffing.status.${status}`)}
    </Tag>
  );
}

const CONFIDENCE_COLORS: Record<Confidence, string> = { HIGH: 'green', MED: 'blue', LOW: 'orange', UNVERIFIED: 'default' };

export function ConfidenceTag({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`staffing.confidence.hint.${confidence}`)}>
      <Tag color={CONFIDENCE_COLORS[confidence]}>
        {t('staffing.confidence.label')}: {t(`staffing.confidence.${confidence}`)}
      </Tag>
    </Tooltip>
  );
}

import { Alert, Card, Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatDateOnly, formatDateTime } from '../lib/format';

export const EvaluationViewFragment = graphql(`
  fragment EvaluationView_evaluation on DossierEvaluation {
    code
    indexPoints
    rating {
      level
      reason
      ratedAt
      changeableUntil
    }
    indices {
      number
      key
      points
      basis
    }
    followUps {
      id
      status
      reason
      resolveBy
      outcome
      resolvedAt
    }
  }
`);

const LEVEL_COLOR = { VERY_SATISFIED: 'green', SATISFIED: 'blue', NOT_SATISFIED: 'red' } as const;

/** The applicant's view after rating: their rating, the nine indices (0–2 or "no data") and any follow-up's outcome. */
export function EvaluationView(props: { evaluation: FragmentType<typeof EvaluationViewFragment> }) {
  const { t } = useTranslation();
  const e = readFragment(EvaluationViewFragment, props.evaluation);
  return (
    <>
      <Card size="small" title={t('satisfaction.evaluation.yourRating')} style={{ marginTop: 16 }}>
        {e.rating ? (
          <Descriptions size="small" column={1} layout="vertical">
            <Descriptions.Item label={e.code}>
              <span>
                <Tag color={LEVEL_COLOR[e.rating.level]} data-testid="rated-level">
                  {t(`satisfaction.levels.${e.rating.level}`)}
                </Tag>
                {formatDateTime(e.rating.ratedAt)}
              </span>
            </Descriptions.Item>
            {e.rating.reason && <Descriptions.Item label={t('satisfaction.rate.reason')}>{e.rating.reason}</Descriptions.Item>}
          </Descriptions>
        ) : (
          <Typography.Text>{t('satisfaction.evaluation.notRated')}</Typography.Text>
        )}
      </Card>
      {e.followUps.length > 0 && (
        <Card size="small" title={t('satisfaction.evaluation.followUps')} style={{ marginTop: 16 }}>
          {e.followUps.map((f) => (
            <div key={f.id} data-testid="citizen-follow-up">
              <Tag>{t(`satisfaction.followUpStatus.${f.status}`)}</Tag> {f.reason}
              {f.outcome ? (
                <Alert style={{ marginTop: 8 }} type="success" title={t('satisfaction.evaluation.outcome')} description={f.outcome} />
              ) : (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {t('satisfaction.evaluation.pending', { date: formatDateOnly(f.resolveBy) })}
                </Typography.Paragraph>
              )}
            </div>
          ))}
        </Card>
      )}
      <Card size="small" title={t('satisfaction.evaluation.indices')} style={{ marginTop: 16 }}>
        <List
          size="small"
          dataSource={e.indices}
          renderItem={(i) => (
            <List.Item data-testid={`index-${i.number}`}>
              <List.Item.Meta
                title={`${i.number}. ${t(`satisfaction.evaluation.index.${i.number}`)}`}
                description={
                  <>
                    {i.points == null ? <Tag>{t('satisfaction.evaluation.noData')}</Tag> : <Tag color="blue">{t('satisfaction.evaluation.points', { points: i.points })}</Tag>}
                    {i.basis}
                  </>
                }
              />
            </List.Item>
          )}
        />
        {e.indexPoints != null && <Typography.Text strong>{t('satisfaction.evaluation.total', { points: e.indexPoints })}</Typography.Text>}
      </Card>
    </>
  );
}

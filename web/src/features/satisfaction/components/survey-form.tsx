import { Alert, Button, Card, Progress, Radio, Result, Skeleton, Typography } from 'antd';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import { firstErrorMessage } from '../lib/errors';

const SurveyFormQuery = graphql(`
  query SurveyForm($token: String!) {
    surveyInvitation(token: $token) {
      campaignName
      unitName
      used
      questions {
        code
        element
        elementName
        text
      }
    }
  }
`);

const SurveyFormSubmitMutation = graphql(`
  mutation SurveyFormSubmit($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      errors {
        __typename
        ... on UserError {
          code
          message
        }
      }
    }
  }
`);

const SCORES = [1, 2, 3, 4, 5] as const;

type RowProps = { code: string; text: string; value: number | undefined; onPick: (code: string, score: number) => void };

// One criterion: memoised, so a tap re-renders only its own row.
const QuestionRow = memo(function QuestionRow({ code, text, value, onPick }: RowProps) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text id={`q-${code}`}>
        {code}. {text}
      </Typography.Text>
      <Radio.Group
        aria-labelledby={`q-${code}`}
        value={value}
        onChange={(e) => onPick(code, e.target.value as number)}
        optionType="button"
        buttonStyle="solid"
        style={{ display: 'flex', marginTop: 4 }}
      >
        {SCORES.map((s) => (
          <Radio.Button key={s} value={s} aria-label={`${s} – ${t(`satisfaction.survey.scale.${s}`)}`} style={{ flex: 1, textAlign: 'center', height: 44, lineHeight: '42px' }}>
            {s}
          </Radio.Button>
        ))}
      </Radio.Group>
    </div>
  );
});

/** The anonymous SIPAS questionnaire behind one invitation token: 5 elements, 22 criteria, 5-point scale. */
export function SurveyForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: SurveyFormQuery, variables: { token }, pause: !token });
  const [{ fetching: sending }, submit] = useMutation(SurveyFormSubmitMutation);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const pick = useCallback((code: string, score: number) => setScores((s) => ({ ...s, [code]: score })), []);

  if (fetching && !data) return <Skeleton active />;
  const invitation = data?.surveyInvitation;
  if (!token || (data && !invitation)) return <Alert type="error" showIcon role="alert" title={t('satisfaction.survey.invalid')} />;
  if (!invitation) return null;
  if (done) return <Result status="success" title={t('satisfaction.survey.thanks')} />;
  if (invitation.used) return <Alert type="warning" showIcon role="alert" title={t('satisfaction.survey.used')} />;

  const questions = invitation.questions;
  const elements = [...new Map(questions.map((q) => [q.element, q.elementName])).entries()];
  const answered = questions.filter((q) => scores[q.code]).length;

  async function send() {
    setError(null);
    if (answered < questions.length) {
      setError(t('satisfaction.survey.answerAll'));
      return;
    }
    const payload = (await submit({ input: { token, answers: questions.map((q) => ({ criterionCode: q.code, score: scores[q.code] ?? 0 })) } })).data
      ?.submitSurveyResponse;
    if (!payload) return;
    const message = firstErrorMessage(t, payload.errors);
    if (message) setError(message);
    else setDone(true);
  }

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {invitation.campaignName}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{invitation.unitName}</Typography.Paragraph>
      <Typography.Paragraph>{t('satisfaction.survey.intro')}</Typography.Paragraph>
      {elements.map(([element, name]) => (
        <Card key={element} size="small" title={t('satisfaction.survey.element', { n: element, name })} style={{ marginBottom: 12 }}>
          {questions
            .filter((q) => q.element === element)
            .map((q) => (
              <QuestionRow key={q.code} code={q.code} text={q.text} value={scores[q.code]} onPick={pick} />
            ))}
        </Card>
      ))}
      <Progress percent={Math.round((answered / questions.length) * 100)} format={() => t('satisfaction.survey.answered', { done: answered, total: questions.length })} />
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ margin: '12px 0' }} />}
      <Button type="primary" block size="large" loading={sending} onClick={() => void send()} style={{ marginTop: 12 }}>
        {t('satisfaction.survey.submit')}
      </Button>
    </>
  );
}

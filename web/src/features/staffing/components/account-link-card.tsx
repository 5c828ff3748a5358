import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { applyStaffingErrors, PayloadErrorAlert, type FormFeedback } from './payload-errors';

export const AccountLinkCardFragment = graphql(`
  fragment AccountLinkCard_person on Person {
    id
    version
    account {
      id
      fullName
    }
  }
`);

const LinkAccountMutation = graphql(`
  mutation AccountLinkCardLink($input: LinkPersonAccountInput!) {
    linkPersonAccount(input: $input) {
      person {
        id
        ...AccountLinkCard_person
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

const UnlinkAccountMutation = graphql(`
  mutation AccountLinkCardUnlink($input: UnlinkPersonAccountInput!) {
    unlinkPersonAccount(input: $input) {
      person {
        id
        ...AccountLinkCard_person
      }
      errors {
        ...StaffingErrorFields_error
      }
    }
  }
`);

type Props = { person: FragmentType<typeof AccountLinkCardFragment>; canEdit: boolean; onChanged: () => void };

/** The person's sign-in account: dossier steps go only to officers whose linked person holds a post in the unit. */
export function AccountLinkCard({ person, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const p = readFragment(AccountLinkCardFragment, person);
  const [form] = Form.useForm<{ email: string }>();
  const [feedback, setFeedback] = useState<FormFeedback | null>(null);
  const [linking, link] = useMutation(LinkAccountMutation);
  const [unlinking, unlink] = useMutation(UnlinkAccountMutation);

  async function run(kind: 'link' | 'unlink', email?: string) {
    setFeedback(null);
    const result =
      kind === 'link'
        ? (await link({ input: { personId: p.id, email: email ?? '', expectedVersion: p.version } })).data?.linkPersonAccount
        : (await unlink({ input: { personId: p.id, expectedVersion: p.version } })).data?.unlinkPersonAccount;
    if (!result) return;
    if (result.errors.length > 0) {
      setFeedback(applyStaffingErrors(result.errors, form, t, ['email']));
      return;
    }
    form.resetFields();
    void message.success(t('staffing.forms.saved'));
    onChanged();
  }

  return (
    <Card title={t('staffing.account.title')} role="region" aria-label={t('staffing.account.title')}>
      <Typography.Paragraph>
        {p.account ? t('staffing.account.linked', { name: p.account.fullName }) : t('staffing.account.none')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('staffing.account.hint')}</Typography.Paragraph>
      <PayloadErrorAlert feedback={feedback} onReload={onChanged} />
      {canEdit && (
        <Space wrap align="start">
          <Form form={form} layout="inline" onFinish={(values) => void run('link', values.email.trim())}>
            <Form.Item
              name="email"
              label={t('staffing.account.email')}
              rules={[{ required: true, type: 'email', message: t('staffing.account.emailRequired') }]}
            >
              <Input autoComplete="off" style={{ width: 280 }} />
            </Form.Item>
            <Button htmlType="submit" loading={linking.fetching}>
              {p.account ? t('staffing.account.replace') : t('staffing.account.link')}
            </Button>
          </Form>
          {p.account && (
            <Button danger loading={unlinking.fetching} onClick={() => void run('unlink')}>
              {t('staffing.account.unlink')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}

import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn, type SignInResult } from '../api/sign-in';
import { DemoAccountsHint } from './demo-accounts-hint';

type Values = { email: string; password: string };
type Props = { onSignedIn: () => void };

const FAILURE_KEYS = {
  'invalid-credentials': 'login.invalidCredentials',
  'locked-out': 'login.lockedOut',
  failed: 'login.failed',
} as const satisfies Record<Exclude<SignInResult, 'signed-in'>, string>;

export function LoginForm({ onSignedIn }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<keyof typeof FAILURE_KEYS | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: Values) {
    setSubmitting(true);
    setFailure(null);
    const result = await signIn(values.email.trim(), values.password);
    setSubmitting(false);
    if (result === 'signed-in') onSignedIn();
    else setFailure(result);
  }

  return (
    <>
      {failure && (
        <Alert type="error" showIcon role="alert" title={t(FAILURE_KEYS[failure])} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={submitting}>
        <Form.Item
          name="email"
          label={t('login.email')}
          rules={[
            { required: true, whitespace: true, message: t('login.emailRequired') },
            { type: 'email', message: t('login.emailInvalid') },
          ]}
        >
          <Input prefix={<MailOutlined />} autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('login.submit')}
        </Button>
      </Form>
      <DemoAccountsHint onPick={(email, password) => form.setFieldsValue({ email, password })} />
    </>
  );
}

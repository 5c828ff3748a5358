import { Button, Divider, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_PASSWORD, type DemoAccount } from '@/config/demo';
import { loadDemoAccounts } from '../api/demo-accounts';

type Props = { onPick: (email: string, password: string) => void };

export function DemoAccountsHint({ onPick }: Props) {
  const { t } = useTranslation();
  const [accounts, setAccounts] = useState<DemoAccount[]>([]);

  useEffect(() => {
    let active = true;
    void loadDemoAccounts().then((list) => {
      if (active) setAccounts(list);
    });
    return () => {
      active = false;
    };
  }, []);

  if (accounts.length === 0) return null;

  return (
    <section aria-label={t('demo.title')}>
      <Divider plain>{t('demo.title')}</Divider>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {t('demo.password', { password: DEMO_PASSWORD })}
        </Typography.Text>
        <Table<DemoAccount>
          size="small"
          rowKey="email"
          pagination={false}
          dataSource={accounts}
          columns={[
            { title: t('demo.email'), dataIndex: 'email' },
            { title: t('demo.role'), dataIndex: 'role', render: (role: string) => t(`roles.${role}`, { defaultValue: role }) },
            { title: t('demo.unit'), dataIndex: 'unit' },
            {
              key: 'use',
              render: (_, account) => (
                <Button size="small" aria-label={t('demo.useAccount', { email: account.email })} onClick={() => onPick(account.email, DEMO_PASSWORD)}>
                  {t('demo.use')}
                </Button>
              ),
            },
          ]}
        />
      </Space>
    </section>
  );
}

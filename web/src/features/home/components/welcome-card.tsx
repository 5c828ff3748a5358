import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';
import { formatDate } from '@/lib/dates';
import { currentLanguage } from '@/lib/i18n';

export const WelcomeCardFragment = graphql(`
  fragment WelcomeCard_me on Me {
    fullName
    roles
    unit {
      id
      name
    }
  }
`);

type Props = { me: FragmentType<typeof WelcomeCardFragment>; now?: Date };

export function WelcomeCard({ me: ref, now = new Date() }: Props) {
  const { t } = useTranslation();
  const me = readFragment(WelcomeCardFragment, ref);
  return (
    <Card>
      <Typography.Title level={3}>{t('home.welcome', { name: me.fullName })}</Typography.Title>
      <Typography.Paragraph>
        {me.unit ? t('home.intro', { unit: me.unit.name }) : t('home.noUnit')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('home.today', { date: formatDate(now, currentLanguage()) })}
      </Typography.Paragraph>
      <Typography.Text strong>{t('home.roles')}</Typography.Text>
      <Flex gap={4} wrap style={{ marginTop: 8 }}>
        {me.roles.map((role) => (
          <Tag key={role} color="geekblue">
            {t(`roles.${role}`)}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

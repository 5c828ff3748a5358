import UserOutlined from '@ant-design/icons/es/icons/UserOutlined';
import Avatar from 'antd/es/avatar';
import Flex from 'antd/es/flex';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentType } from '@/gql';

export const UserSummaryFragment = graphql(`
  fragment UserSummary_me on Me {
    fullName
    roles
    unit {
      id
      name
    }
  }
`);

type Props = { me: FragmentType<typeof UserSummaryFragment> };

export function UserSummary(props: Props) {
  const { t } = useTranslation();
  const me = readFragment(UserSummaryFragment, props.me);
  return (
    <Flex align="center" gap={8} data-testid="user-summary">
      <Avatar icon={<UserOutlined />} />
      <Flex vertical style={{ lineHeight: 1.3 }}>
        <Typography.Text strong>{me.fullName}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {me.unit?.name ?? t('header.noUnit')}
        </Typography.Text>
      </Flex>
      <Flex gap={4} wrap>
        {me.roles.map((role) => (
          <Tag key={role} color="blue" style={{ marginInlineEnd: 0 }}>
            {t(`roles.${role}`)}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}

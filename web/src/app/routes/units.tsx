import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { UnitDirectory } from '@/features/units/components/unit-directory';
import { UnitTree } from '@/features/units/components/unit-tree';
import { graphql } from '@/gql';

const UnitsRouteQuery = graphql(`
  query UnitsRoute {
    me {
      id
      unit {
        id
        ...UnitTree_unit
      }
    }
  }
`);

export function UnitsRoute() {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: UnitsRouteQuery });
  const unit = data?.me?.unit;

  return (
    <>
      <Typography.Title level={2}>{t('units.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title={t('units.treeTitle')}>
            {fetching && !data ? <Skeleton active /> : unit ? <UnitTree key={unit.id} unit={unit} /> : <Empty description={t('units.noUnit')} />}
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t('units.directoryTitle')}>
            <UnitDirectory />
          </Card>
        </Col>
      </Row>
    </>
  );
}

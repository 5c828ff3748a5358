import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ProcedureDetail } from '@/features/procedures/components/procedure-detail';
import { canEditCatalogue } from '@/features/procedures/utils/roles';
import { graphql } from '@/gql';

const ProcedureDetailRouteQuery = graphql(`
  query ProcedureDetailRoute($code: String!) {
    me {
      id
      roles
    }
    procedure(code: $code) {
      id
      number
      ...ProcedureDetail_procedure
    }
  }
`);

const ProcedureDetailRouteVersionQuery = graphql(`
  query ProcedureDetailRouteVersion($code: String!, $number: Int!) {
    me {
      id
      roles
    }
    procedure(code: $code) {
      id
      number
      version(number: $number) {
        id
        ...ProcedureDetail_procedure
      }
    }
  }
`);

// /procedures/:code shows the version in force; /procedures/:code/versions/:number one version of its history.
export function ProcedureDetailRoute() {
  const { t } = useTranslation();
  const { code = '', number } = useParams();
  const versionNumber = number === undefined ? null : Number(number);
  const [current] = useQuery({ query: ProcedureDetailRouteQuery, variables: { code }, pause: versionNumber !== null });
  const [version] = useQuery({
    query: ProcedureDetailRouteVersionQuery,
    variables: { code, number: versionNumber ?? 0 },
    pause: versionNumber === null || !Number.isInteger(versionNumber),
  });
  const result = versionNumber === null ? current : version;
  const procedure = versionNumber === null ? current.data?.procedure : version.data?.procedure?.version;
  const inForceNumber = versionNumber === null ? null : version.data?.procedure?.number;
  const me = (versionNumber === null ? current.data : version.data)?.me;
  const back = (
    <Link to="/procedures">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('procedures.backToList')}
      </Button>
    </Link>
  );

  if (result.fetching && !result.data) return <Skeleton active />;
  if (!procedure) {
    return (
      <Result
        status="404"
        title={t('procedures.detail.notFound')}
        subTitle={t('procedures.detail.notFoundHint', { code })}
        extra={back}
      />
    );
  }

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap>
        {back}
        {canEditCatalogue(me?.roles) ? (
          <Link to={`/procedures/${encodeURIComponent(code)}/edit`}>
            <Button type="primary" icon={<EditOutlined />}>
              {t('procedures.editor.edit')}
            </Button>
          </Link>
        ) : null}
      </Flex>
      {inForceNumber != null && versionNumber !== inForceNumber ? (
        <Alert
          type="info"
          showIcon
          title={t('procedures.versions.viewing', { number: versionNumber })}
          action={<Link to={`/procedures/${encodeURIComponent(code)}`}>{t('procedures.versions.current')}</Link>}
        />
      ) : null}
      <ProcedureDetail procedure={procedure} />
    </Flex>
  );
}

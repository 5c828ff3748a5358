import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '@/gql';

const OfficerPickerQuery = graphql(`
  query OfficerPicker($unitCode: String!, $search: String) {
    officers(unitCode: $unitCode, search: $search) {
      id
      fullName
      post {
        id
        position
        office {
          id
          name
        }
      }
      workload {
        openDossiers
        overdueSteps
        overdueDossiers
      }
    }
  }
`);

type Props = {
  /** The handling unit: only officers holding a post there today are offered (the server refuses anyone else). */
  unitCode: string | null;
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
};

/** Searchable list of the unit's posted officers with their open work, for assigning and forwarding a dossier. */
export function OfficerPicker({ unitCode, id, value, onChange }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const [{ data, fetching }] = useQuery({
    query: OfficerPickerQuery,
    variables: { unitCode: unitCode ?? '', search: search || null },
    pause: !unitCode,
  });
  const officers = unitCode ? (data?.officers ?? []) : [];
  const empty = !unitCode
    ? t('dossiers.officerPicker.noUnit')
    : data && data.officers === null
      ? t('dossiers.officerPicker.unknownUnit', { code: unitCode })
      : t('dossiers.officerPicker.none');
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      filterOption={false}
      onSearch={setTyped}
      loading={fetching}
      placeholder={t('dossiers.officerPicker.placeholder')}
      notFoundContent={fetching ? t('dossiers.officerPicker.loading') : empty}
      options={officers.map((o) => ({
        value: o.id,
        label: t('dossiers.officerPicker.option', {
          name: o.fullName,
          position: t(`staffing.position.${o.post.position}`),
          office: o.post.office?.name ?? '',
          open: o.workload.openDossiers,
          overdue: o.workload.overdueSteps + o.workload.overdueDossiers,
        }),
      }))}
    />
  );
}

import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '@/gql';

const UnitPickerSearchQuery = graphql(`
  query UnitPickerSearch($search: String, $code: String!, $hasCode: Boolean!) {
    units(first: 30, where: { search: $search }) {
      nodes {
        id
        code
        name
      }
    }
    unit(code: $code) @include(if: $hasCode) {
      id
      code
      name
    }
  }
`);

type Props = { value: string | null; onChange: (code: string | null) => void; allowClear?: boolean; placeholder?: string };

/** Searchable unit list (the viewer's scope); the value is a unit code. */
export function UnitPicker({ value, onChange, allowClear, placeholder }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: UnitPickerSearchQuery,
    variables: { search: search || null, code: value ?? '', hasCode: !!value },
  });
  const options = (data?.units.nodes ?? []).map((unit) => ({ value: unit.code, label: unit.name }));
  const current = data?.unit;
  if (current && !options.some((option) => option.value === current.code)) options.unshift({ value: current.code, label: current.name });

  return (
    <Select
      aria-label={t('staffing.common.unit')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={allowClear}
      placeholder={placeholder ?? t('staffing.common.unitPlaceholder')}
      loading={fetching}
      value={value}
      options={options}
      onChange={(code: string | undefined) => onChange(code ?? null)}
      style={{ minWidth: 320 }}
    />
  );
}

import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVELS, ONLINE_SERVICES, STATUSES, SYNC_STATES, type CatalogueFilters } from '../utils/filters';

type Props = {
  value: CatalogueFilters;
  fields: { code: string; name: string }[];
  /** Drafts and retired procedures need a signed-in user. */
  canFilterStatus: boolean;
  onChange: (next: CatalogueFilters) => void;
};

const EXPIRED_OPTIONS = ['true', 'false'] as const;

// Presentational: every change is reported at once; the route owns the URL.
export function ProcedureFilters({ value, fields, canFilterStatus, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<CatalogueFilters>) => onChange({ ...value, ...patch });
  const col = { xs: 24, sm: 12, lg: 8, xl: 6 };

  return (
    <Form layout="vertical" role="search" aria-label={t('procedures.filters.title')}>
      <Row gutter={12}>
        <Col xs={24} lg={16} xl={12}>
          <Form.Item label={t('procedures.filters.search')} htmlFor="procedure-search">
            <Input.Search
              id="procedure-search"
              key={value.search ?? ''}
              defaultValue={value.search}
              allowClear
              enterButton
              placeholder={t('procedures.filters.searchPlaceholder')}
              onSearch={(text) => set({ search: text.trim() || undefined })}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('procedures.field')} htmlFor="procedure-field">
            <Select
              id="procedure-field"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('procedures.filters.all')}
              value={value.fieldCode}
              options={fields.map((f) => ({ value: f.code, label: f.name }))}
              onChange={(fieldCode?: string) => set({ fieldCode })}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('procedures.filters.level')} htmlFor="procedure-level">
            <Select
              id="procedure-level"
              allowClear
              placeholder={t('procedures.filters.all')}
              value={value.level}
              options={LEVELS.map((l) => ({ value: l, label: t(`procedures.level.${l}`) }))}
              onChange={(level?: CatalogueFilters['level']) => set({ level })}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('procedures.filters.unit')} htmlFor="procedure-unit">
            <Input.Search
              id="procedure-unit"
              key={value.unitCode ?? ''}
              defaultValue={value.unitCode}
              allowClear
              placeholder={t('procedures.filters.unitPlaceholder')}
              onSearch={(text) => set({ unitCode: text.trim() || undefined })}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('procedures.onlineServiceTitle')} htmlFor="procedure-online">
            <Select
              id="procedure-online"
              allowClear
              placeholder={t('procedures.filters.all')}
              value={value.onlineService}
              options={ONLINE_SERVICES.map((o) => ({ value: o, label: t(`procedures.onlineService.${o}`) }))}
              onChange={(onlineService?: CatalogueFilters['onlineService']) => set({ onlineService })}
            />
          </Form.Item>
        </Col>
        {canFilterStatus ? (
          <Col {...col}>
            <Form.Item label={t('procedures.statusTitle')} htmlFor="procedure-status">
              <Select
                id="procedure-status"
                allowClear
                placeholder={t('procedures.filters.inForce')}
                value={value.status}
                options={STATUSES.map((s) => ({ value: s, label: t(`procedures.status.${s}`) }))}
                onChange={(status?: CatalogueFilters['status']) => set({ status })}
              />
            </Form.Item>
          </Col>
        ) : null}
        <Col {...col}>
          <Form.Item label={t('procedures.filters.legalBases')} htmlFor="procedure-expired">
            <Select
              id="procedure-expired"
              allowClear
              placeholder={t('procedures.filters.all')}
              value={value.citesExpiredLaw === undefined ? undefined : String(value.citesExpiredLaw)}
              options={EXPIRED_OPTIONS.map((o) => ({ value: o, label: t(`procedures.filters.expired.${o}`) }))}
              onChange={(v?: string) => set({ citesExpiredLaw: v === undefined ? undefined : v === 'true' })}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={t('procedures.syncTitle')} htmlFor="procedure-sync">
            <Select
              id="procedure-sync"
              allowClear
              placeholder={t('procedures.filters.all')}
              value={value.syncState}
              options={SYNC_STATES.map((s) => ({ value: s, label: t(`procedures.syncState.${s}`) }))}
              onChange={(syncState?: CatalogueFilters['syncState']) => set({ syncState })}
            />
          </Form.Item>
        </Col>
        <Col {...col} style={{ display: 'flex', alignItems: 'center' }}>
          <Button onClick={() => onChange({})}>{t('procedures.filters.clear')}</Button>
        </Col>
      </Row>
    </Form>
  );
}

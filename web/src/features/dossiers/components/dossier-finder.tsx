import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dossierPath } from '../lib/paths';
import { scannedReceiptCode } from '../lib/scanned-code';

/** Return desk: open a dossier straight from its receipt code, typed or scanned from the QR code on form 01. */
export function DossierFinder() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const open = (entered: string) => {
    const code = scannedReceiptCode(entered);
    setInvalid(code == null);
    if (code) void navigate(dossierPath(code));
  };
  return (
    <Input.Search
      aria-label={t('dossiers.finder.label')}
      placeholder={t('dossiers.finder.placeholder')}
      enterButton={t('dossiers.finder.open')}
      status={invalid ? 'error' : undefined}
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        setInvalid(false);
      }}
      onSearch={open}
      style={{ maxWidth: 420 }}
    />
  );
}

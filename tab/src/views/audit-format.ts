/** Turns an audited settings value (B8) into readable text. */
import type { RecordType } from '../api/types';
import type { Translate } from '../i18n/catalogs';
import { formatIntakeValue } from './intake-settings-model';
import { INTRO_FIELDS_PATH } from './settings-model';

export function formatAuditValue(path: string, value: unknown, t: Translate, recordType: RecordType | undefined): string {
  const intake = formatIntakeValue(path, value, t);
  if (intake !== null) return intake;
  if (value === null || value === undefined) return t('audit.none');
  if (typeof value === 'boolean') return value ? t('audit.on') : t('audit.off');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.none');
    const labelOf = (item: unknown) =>
      path === INTRO_FIELDS_PATH && typeof item === 'string'
        ? (recordType?.fields.find((field) => field.name === item)?.label ?? item)
        : typeof item === 'string' ? item : JSON.stringify(item);
    return value.map(labelOf).join(', ');
  }
  return JSON.stringify(value);
}

/** The records list's "Register call" button and its dialog (mounted afresh for each opening). */
import { Button } from '@fluentui/react-components';
import { CallAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { RegisterCallDialog } from './RegisterCallDialog';

export function RegisterCallButton({ className }: { className?: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className={className} icon={<CallAddRegular />} onClick={() => setOpen(true)} data-testid="register-call">
        {t('phone.open')}
      </Button>
      {open && <RegisterCallDialog onClose={() => setOpen(false)} />}
    </>
  );
}

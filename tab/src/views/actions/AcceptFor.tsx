/**
 * J2: "Accept for Mads Nielsen" beside Accept on a case nobody owns, so a delegate can make it their
 * delegator's (the service makes the delegator the owner); a menu "Accept for…" when they act for
 * several. The choices come from acceptForChoices (acting-for.ts).
 */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { PeopleSwapRegular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/I18nProvider';
import type { ActingFor } from './acting-for';

export function AcceptFor({ choices, disabled, onAccept }: { choices: readonly ActingFor[]; disabled: boolean; onAccept: (person: ActingFor) => void }) {
  const { t } = useI18n();
  const [only] = choices;
  if (only === undefined) return null;
  if (choices.length === 1) {
    return (
      <Button icon={<PeopleSwapRegular />} disabled={disabled} onClick={() => onAccept(only)} data-testid="action-accept-for" data-user-id={only.id}>
        {t('onBehalf.acceptFor', { name: only.displayName })}
      </Button>
    );
  }
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<PeopleSwapRegular />} disabled={disabled} data-testid="action-accept-for">
          {t('onBehalf.acceptForMenu')}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {choices.map((person) => (
            <MenuItem key={person.id} onClick={() => onAccept(person)} data-testid={`action-accept-for-${person.id}`}>
              {person.displayName}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A message's menu (keyboard: a focusable button, arrow keys in the menu): Reply, Forward, Flag/Unflag, Edit. */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowForwardRegular, ArrowReplyRegular, EditRegular, FlagOffRegular, FlagRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import type { ConversationMessage } from '../../api/types';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { canEdit } from './message-rules';
import { useMessageActions } from './message-actions';

export function MessageMenu({ message, mail }: { message: ConversationMessage; mail: boolean }) {
  const { t } = useI18n();
  const { me } = useSession();
  const actions = useMessageActions();
  if (actions === null) return null;
  const flagged = message.flagged === true;
  const external = message.visibility === 'external';
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" icon={<MoreHorizontalRegular />} aria-label={t('compose.menu.label', { author: message.author.name })} data-testid={`message-menu-${message.id}`} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {actions.canWrite && mail && external && (
            <MenuItem icon={<ArrowReplyRegular />} onClick={() => actions.reply(message)} data-testid={`message-reply-${message.id}`}>
              {t('compose.menu.reply')}
            </MenuItem>
          )}
          {actions.canWrite && external && (
            <MenuItem icon={<ArrowForwardRegular />} onClick={() => actions.forward(message)} data-testid={`message-forward-${message.id}`}>
              {t('compose.menu.forward')}
            </MenuItem>
          )}
          <MenuItem icon={flagged ? <FlagOffRegular /> : <FlagRegular />} onClick={() => void actions.setFlag(message, !flagged)} data-testid={`message-flag-${message.id}`}>
            {flagged ? t('compose.menu.unflag') : t('compose.menu.flag')}
          </MenuItem>
          {actions.canWrite && canEdit(message, me.user.id, me.isAdmin) && (
            <MenuItem icon={<EditRegular />} onClick={() => actions.edit(message)} data-testid={`message-edit-${message.id}`}>
              {t('compose.menu.edit')}
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

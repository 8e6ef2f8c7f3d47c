/**
 * J2: "You are acting for Mads Nielsen" on a case a delegate works on for a delegator, and the
 * hook that finds whom (acting-for.ts): the page then sends `onBehalfOf` with reply, accept and close.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ServiceRecord } from '../../api/types';
import { useLocation } from '../../app/router';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { useI18n } from '../../i18n/I18nProvider';
import { getDelegators } from '../delegation/delegation-api';
import { actingFor, type ActingFor } from './acting-for';

/** The people the signed-in user acts for (`GET /api/me/delegators`): none while loading or when the list fails. */
export type Delegators = ReadonlyArray<{ userId: string; displayName: string }>;

const NONE: Delegators = [];

/**
 * Whom the signed-in user acts for on this record (null: for themself, also while loading or when
 * the list fails), and their delegators (for "Accept for …" on a case nobody owns).
 */
export function useActingFor(record: Pick<ServiceRecord, 'owner'> | null): { acting: ActingFor | null; delegators: Delegators } {
  const { api, me } = useSession();
  const { search } = useLocation();
  const delegators = useLoad((signal) => getDelegators(api, signal), [api]);
  const items = delegators.state.status === 'done' ? delegators.state.data.items : null;
  const ownerId = record?.owner?.id ?? null;
  return useMemo(
    () => ({ acting: items === null ? null : actingFor(ownerId, me.user.id, search, items), delegators: items ?? NONE }),
    [items, ownerId, me.user.id, search],
  );
}

export function ActingForBar({ acting }: { acting: ActingFor | null }) {
  const { t } = useI18n();
  if (acting === null) return null;
  return (
    <MessageBar intent="info" data-testid="acting-for" data-user-id={acting.id}>
      <MessageBarBody>
        <MessageBarTitle>{t('onBehalf.actingFor', { name: acting.displayName })}</MessageBarTitle>
        {t('onBehalf.actingForHint')}
      </MessageBarBody>
    </MessageBar>
  );
}

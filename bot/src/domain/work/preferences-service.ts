/** Each user's notification preferences (H3: Teams notifications can be turned off per user). */
import type { Caller } from '../access/access';
import type { Clock } from '../shared/types';
import type { NotificationRepository, UserPreferences } from './notification-repository';

/** What a user sees and sets. */
export interface PreferencesView {
  teamsNotifications: boolean;
}

/** Notifications are on until the user turns them off. */
export const DEFAULT_PREFERENCES: PreferencesView = { teamsNotifications: true };

export class PreferencesService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /** The caller's own preferences (every user may read and set only their own). */
  async get(caller: Caller): Promise<PreferencesView> {
    return this.of(caller.tenantId, caller.user.id);
  }

  async set(caller: Caller, view: PreferencesView): Promise<PreferencesView> {
    const saved: UserPreferences = { tenantId: caller.tenantId, userId: caller.user.id, teamsNotifications: view.teamsNotifications, updatedAt: this.clock().toISOString() };
    const stored = await this.repository.putPreferences(saved);
    return { teamsNotifications: stored.teamsNotifications };
  }

  /** Any user's preferences, for the notifier: one point read. */
  async of(tenantId: string, userId: string): Promise<PreferencesView> {
    const stored = await this.repository.getPreferences(tenantId, userId);
    return stored ? { teamsNotifications: stored.teamsNotifications } : DEFAULT_PREFERENCES;
  }
}

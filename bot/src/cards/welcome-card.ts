/** The welcome card sent when Casebridge is installed in a personal chat. */
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import type { AdaptiveCard } from './adaptive-card';

export interface WelcomeCardModel {
  locale: Locale;
  /** Where the Open button goes: the personal tab's deep link or the web app. */
  openUrl: string;
}

export function welcomeCard(model: WelcomeCardModel): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t(model.locale, 'welcome.title'), size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t(model.locale, 'welcome.body'), wrap: true },
    ],
    actions: [{ type: 'Action.OpenUrl', title: t(model.locale, 'welcome.open'), url: model.openUrl }],
  };
}

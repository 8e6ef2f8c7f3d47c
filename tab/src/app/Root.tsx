/** Providers around everything: the Fluent theme (following Teams) and the language. */
import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { notifyTeamsLoaded, onTeamsThemeChange, type Host } from '../teams/host';
import { fluentTheme } from '../teams/theme';
import { Bootstrap } from './Bootstrap';

/**
 * The provider fills the page so its theme background does. Inline, not a class: Fluent copies the
 * provider's classes onto every portal mount node (listboxes, popovers), which would then cover
 * the whole page too.
 */
const FILL_PAGE = { minHeight: '100%' };

export function Root({ host }: { host: Host }) {
  const [theme, setTheme] = useState(host.theme);

  useEffect(() => {
    if (!host.inTeams) return;
    onTeamsThemeChange(setTheme);
    notifyTeamsLoaded(); // after the first render, so Teams hides its loading indicator
  }, [host.inTeams]);

  return (
    <FluentProvider theme={fluentTheme(theme)} style={FILL_PAGE}>
      <I18nProvider locale={host.locale}>
        <Bootstrap host={host} />
      </I18nProvider>
    </FluentProvider>
  );
}

/** Providers around everything: the Fluent theme (following Teams) and the language. */
import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { notifyTeamsLoaded, onTeamsThemeChange, type Host } from '../teams/host';
import { fluentTheme } from '../teams/theme';
import { Bootstrap } from './Bootstrap';

const useStyles = makeStyles({
  root: { minHeight: '100%' },
});

export function Root({ host }: { host: Host }) {
  const styles = useStyles();
  const [theme, setTheme] = useState(host.theme);

  useEffect(() => {
    if (!host.inTeams) return;
    onTeamsThemeChange(setTheme);
    notifyTeamsLoaded(); // after the first render, so Teams hides its loading indicator
  }, [host.inTeams]);

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root}>
      <I18nProvider locale={host.locale}>
        <Bootstrap host={host} />
      </I18nProvider>
    </FluentProvider>
  );
}

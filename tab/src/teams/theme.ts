/** Teams theme names mapped onto Fluent UI v9 themes. */
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';

export type ThemeName = 'teamsLight' | 'teamsDark' | 'teamsContrast' | 'webLight' | 'webDark';

/** Teams says `default`, `dark` or `contrast`. */
export function toThemeName(teamsTheme: string | undefined): ThemeName {
  switch (teamsTheme) {
    case 'dark':
      return 'teamsDark';
    case 'contrast':
      return 'teamsContrast';
    default:
      return 'teamsLight';
  }
}

const THEMES: Record<ThemeName, Theme> = {
  teamsLight: teamsLightTheme,
  teamsDark: teamsDarkTheme,
  teamsContrast: teamsHighContrastTheme,
  webLight: webLightTheme,
  webDark: webDarkTheme,
};

export function fluentTheme(name: ThemeName): Theme {
  return THEMES[name];
}

/**
 * Draws an Adaptive Card with the `adaptivecards` library (loaded on demand, so only the settings
 * page pays for it), with a Teams-like host config. Colors are Fluent tokens (CSS variables), so
 * the card follows the light, dark or high-contrast theme of the page.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

const useStyles = makeStyles({
  card: {
    maxWidth: '480px',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    overflow: 'hidden',
    '& .ac-pushButton': {
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorNeutralBackground1,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      minHeight: '32px',
      cursor: 'pointer',
    },
    '& .ac-pushButton:hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    '& .ac-pushButton:focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

const color = (normal: string, subtle: string) => ({ default: normal, subtle });

const FOREGROUND = {
  default: color(tokens.colorNeutralForeground1, tokens.colorNeutralForeground3),
  dark: color(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  light: color(tokens.colorNeutralForeground3, tokens.colorNeutralForeground4),
  accent: color(tokens.colorBrandForeground1, tokens.colorBrandForeground2),
  good: color(tokens.colorPaletteGreenForeground1, tokens.colorPaletteGreenForeground2),
  warning: color(tokens.colorPaletteDarkOrangeForeground1, tokens.colorPaletteDarkOrangeForeground2),
  attention: color(tokens.colorPaletteRedForeground1, tokens.colorPaletteRedForeground2),
};

const FONT_SIZES = { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 };
const FONT_WEIGHTS = { lighter: 200, default: 400, bolder: 600 };
const SEGOE = '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif';

/** Close to the host config Teams uses for cards in chats. */
const HOST_CONFIG = {
  fontFamily: SEGOE,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: tokens.colorNeutralStroke2 },
  supportsInteractivity: true,
  fontTypes: {
    default: { fontFamily: SEGOE, fontSizes: FONT_SIZES, fontWeights: FONT_WEIGHTS },
    monospace: { fontFamily: "Consolas, 'Courier New', Courier, monospace", fontSizes: FONT_SIZES, fontWeights: FONT_WEIGHTS },
  },
  containerStyles: {
    default: { backgroundColor: tokens.colorNeutralBackground1, foregroundColors: FOREGROUND },
    emphasis: { backgroundColor: tokens.colorNeutralBackground3, foregroundColors: FOREGROUND },
  },
  actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, showCard: { actionMode: 'inline' }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
};

export interface AdaptiveCardViewProps {
  card: { [key: string]: unknown };
  /** Called when the card cannot be drawn. */
  onError: (error: unknown) => void;
  testId?: string;
}

export function AdaptiveCardView({ card, onError, testId }: AdaptiveCardViewProps) {
  const styles = useStyles();
  const host = useRef<HTMLDivElement>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  useEffect(() => {
    let current = true;
    import('adaptivecards').then(
      (AC) => {
        const element = host.current;
        if (!current || element === null) return;
        try {
          const adaptive = new AC.AdaptiveCard();
          adaptive.hostConfig = new AC.HostConfig(HOST_CONFIG);
          adaptive.onExecuteAction = (action) => {
            if (action instanceof AC.OpenUrlAction && action.url !== undefined && /^https?:\/\//i.test(action.url)) {
              window.open(action.url, '_blank', 'noopener,noreferrer');
            }
          };
          adaptive.parse(card);
          const rendered = adaptive.render();
          if (rendered === undefined) throw new Error('The card rendered nothing.');
          element.replaceChildren(rendered);
        } catch (error) {
          onErrorRef.current(error);
        }
      },
      (error: unknown) => {
        if (current) onErrorRef.current(error);
      },
    );
    return () => {
      current = false;
    };
  }, [card]);

  return <div ref={host} className={styles.card} data-testid={testId} />;
}

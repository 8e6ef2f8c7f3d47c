/**
 * Narrow widths (a meeting side panel, a phone: 320 px and up). Views lay themselves out with CSS
 * alone: a media query here, no width sniffing in script.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Below this width a table's columns no longer fit side by side. */
export const NARROW = '@media (max-width: 639px)';

/**
 * A Fluent table that becomes stacked rows when narrow: no header, each row a wrapping line of
 * its cells (the view orders them and gives a cell `line` to have a line to itself). Pass
 * `table`, `header`, `body`, `row` and `cell` to the matching Table parts.
 */
export const useStackedTableStyles = makeStyles({
  table: { [NARROW]: { display: 'block', width: '100%' } },
  header: { [NARROW]: { display: 'none' } },
  body: { [NARROW]: { display: 'block' } },
  row: {
    [NARROW]: {
      display: 'flex',
      flexWrap: 'wrap',
      columnGap: tokens.spacingHorizontalS,
      rowGap: tokens.spacingVerticalXXS,
      alignItems: 'center',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    },
  },
  cell: {
    [NARROW]: { display: 'block', height: 'auto', minWidth: 0, padding: 0, overflowWrap: 'anywhere' },
  },
  /** A cell on a line of its own. */
  line: { [NARROW]: { flexBasis: '100%' } },
  /** A cell's column name in front of its value, shown only when the header is hidden. */
  labelled: {
    [NARROW]: {
      '::before': { content: 'attr(data-label) ": "', color: tokens.colorNeutralForeground3 },
    },
  },
});

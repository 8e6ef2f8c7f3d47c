/**
 * A message's HTML in a sandboxed frame (`sandbox=""`: no scripts, no forms, no navigation, an
 * opaque origin) from `srcdoc`, with its own Content-Security-Policy. Never put into the tab's DOM.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { messageFrameDocument } from './conversation-model';

const useStyles = makeStyles({
  frame: {
    display: 'block',
    width: '100%',
    height: '200px',
    minHeight: '80px',
    resize: 'vertical',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
    boxSizing: 'border-box',
  },
});

export function MessageFrame({ html, title, testId }: { html: string; title: string; testId: string }) {
  const styles = useStyles();
  return <iframe className={styles.frame} sandbox="" srcDoc={messageFrameDocument(html)} title={title} referrerPolicy="no-referrer" data-testid={testId} />;
}

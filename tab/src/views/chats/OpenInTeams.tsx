/**
 * "Open in Teams" for a chat or channel (C1): a link to the service-built address (a Teams deep
 * link; the local sandbox's chat page in local mode). Inside Teams it goes through teams-js
 * `app.openLink`, so Teams navigates itself; outside Teams it opens in a new browser tab.
 */
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { MouseEvent, ReactNode } from 'react';
import { looksLikeTeams } from '../../teams/host';
import { loadTeamsSdk } from '../../teams/sdk';

const useStyles = makeStyles({
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

/** Opens `url` in Teams when the tab runs inside it (teams-js initialized), else in a new tab. */
export async function openInTeams(url: string): Promise<void> {
  try {
    const { app } = await loadTeamsSdk();
    if (app.isInitialized()) {
      await app.openLink(url);
      return;
    }
  } catch (error) {
    console.warn('Casebridge: Teams could not open the link; opening it in a new tab', error);
  }
  window.open(url, '_blank', 'noopener,noreferrer');
}

export interface OpenInTeamsLinkProps {
  url: string;
  /** The accessible name, e.g. "Open “Chat” in Teams". */
  label: string;
  testId: string;
  className?: string;
  /** The visible text; the default is an icon with "Open in Teams" given by the caller. */
  children: ReactNode;
  withIcon?: boolean;
}

export function OpenInTeamsLink({ url, label, testId, className, children, withIcon = true }: OpenInTeamsLinkProps) {
  const styles = useStyles();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // teams-js is loaded only inside Teams (see teams/sdk.ts): a plain browser follows the link.
    if (!looksLikeTeams(window)) return;
    event.preventDefault();
    void openInTeams(url);
  }
  return (
    <Link
      className={className === undefined ? styles.link : `${styles.link} ${className}`}
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={label}
      title={label}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
      {withIcon && <OpenRegular aria-hidden />}
    </Link>
  );
}

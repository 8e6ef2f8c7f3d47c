/**
 * A tiny History API router: `useLocation()` re-renders on navigation, `navigate()` pushes or
 * replaces, and `<RouterLink>` is a real link (new tab, copy link) that navigates in place. Both
 * keep the visit's own query parameters (`?lang=`): a language chosen in the address outside
 * Teams stays through every in-app route and so through a reload.
 */
import { Link } from '@fluentui/react-components';
import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

const CHANGE = 'casebridge:navigate';

export interface Location {
  pathname: string;
  search: string;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/**
 * Parameters that belong to the whole visit, not to one page. `inTeams` is not one of them: a link
 * copied out of Teams must not make a plain browser wait for a Teams host.
 */
const VISIT_PARAMS = ['lang'] as const;

/** `href` (an in-app path with an optional query) with the visit's parameters of `currentSearch` added. */
export function keepVisitParams(href: string, currentSearch: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const current = new URLSearchParams(currentSearch);
  const url = new URL(href, 'http://tab.invalid');
  let changed = false;
  for (const key of VISIT_PARAMS) {
    const value = current.get(key);
    if (value !== null && !url.searchParams.has(key)) {
      url.searchParams.set(key, value);
      changed = true;
    }
  }
  return changed ? url.pathname + url.search + url.hash : href;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.search };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const href = keepVisitParams(to, window.location.search);
  if (href === snapshot()) return;
  if (options.replace === true) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export interface RouterLinkProps {
  href: string;
  children: ReactNode;
  className?: string | undefined;
  'aria-current'?: 'page' | undefined;
  'data-testid'?: string;
}

export function RouterLink({ href: to, children, ...rest }: RouterLinkProps) {
  const href = keepVisitParams(to, useLocation().search);
  return (
    <Link
      {...rest}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        // Keep new-tab / new-window clicks native; the row click below must not run twice.
        event.stopPropagation();
        if (!isPlainClick(event)) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </Link>
  );
}

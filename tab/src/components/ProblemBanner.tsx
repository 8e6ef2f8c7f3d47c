/** The one error banner of the tab (`data-testid="problem"`): an ApiProblem in plain words. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ApiProblem } from '../api/problem';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/I18nProvider';

export interface ProblemBannerProps {
  problem: unknown;
  /** Shown as a "Try again" action when given and trying again can help; "Reload" for a conflict (412). */
  onRetry?: () => void;
}

function fallbackKey(status: number): MessageKey {
  if (status === 0) return 'problem.network';
  if (status === 403) return 'problem.forbidden';
  if (status === 404) return 'problem.notFound';
  if (status === 412) return 'problem.conflict';
  return 'problem.generic';
}

/**
 * Whether trying again can help: no answer at all, a timeout, too many requests, or a server fault.
 * A refusal (400, 403, 404, 409 …) gives the same answer again, so it gets no "Try again".
 */
export function isRetryable(problem: unknown): boolean {
  if (!(problem instanceof ApiProblem)) return true; // not an HTTP answer: perhaps a passing fault
  const { status } = problem;
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

export function ProblemBanner({ problem, onRetry }: ProblemBannerProps) {
  const { t } = useI18n();
  let title = t('problem.generic');
  let detail: string | undefined;
  let errors: string[] = [];
  let conflict = false;
  if (problem instanceof ApiProblem) {
    conflict = problem.status === 412;
    // Our own words where the tab knows best what happened; the service's localized title otherwise.
    const own = problem.status === 0 || conflict;
    title = own || problem.title === '' ? t(fallbackKey(problem.status)) : problem.title;
    detail = own ? undefined : problem.detail;
    errors = problem.errors.map((error) => (error.path === '' ? error.message : `${error.path}: ${error.message}`));
  }
  return (
    <MessageBar intent={conflict ? 'warning' : 'error'} data-testid="problem" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {detail}
        {errors.length > 0 && (
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {onRetry && (conflict || isRetryable(problem)) && (
        <MessageBarActions>
          <Button onClick={onRetry}>{conflict ? t('problem.reload') : t('problem.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

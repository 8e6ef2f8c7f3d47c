/** Conditional polling that rests while the page is hidden (the timeline's and the record page's live updates). */
import { useEffect } from 'react';

/** Calls `poll` every `intervalMs` while the page is visible, and at once when it becomes visible again. */
export function useVisiblePoll(poll: () => void, intervalMs: number): void {
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') poll();
    };
    const timer = window.setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [poll, intervalMs]);
}

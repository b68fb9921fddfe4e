import { useEffect } from 'react';

/**
 * Calls `refresh` every `ms` while the tab is visible, and at once when it becomes visible
 * again: a command centre's screen stays current without anyone pressing reload.
 */
export function useAutoRefresh(refresh: () => void, ms: number): void {
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = window.setInterval(tick, ms);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [refresh, ms]);
}

// The OS's light or dark appearance, live (the CSS follows it through prefers-color-scheme; this
// is only for telling the user which one is in effect).
import { useSyncExternalStore } from 'react';

const DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useSystemColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, () => (matchMedia(DARK).matches ? 'dark' : 'light'));
}

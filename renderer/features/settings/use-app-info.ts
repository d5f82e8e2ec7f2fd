// The app's name, version and platform, asked once from the platform.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/platform/platform';
import { usePlatform } from '../../app/platform-context';

export function useAppInfo(): AppInfo | undefined {
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let current = true;
    void platform.appInfo().then((next) => {
      if (current) setInfo(next);
    });
    return () => {
      current = false;
    };
  }, [platform]);
  return info;
}

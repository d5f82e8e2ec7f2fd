// Where toasts appear: one polite live region (role="status"), so screen readers announce each
// message without interrupting. A toast dismisses itself after its duration, but not while the
// pointer or keyboard focus is on it, so its action button stays reachable.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/toasts.css';
import { dismissToast, useToastStore, type Toast } from './toast-store';

export function ToastRegion() {
  const { t } = useTranslation();
  const toasts = useToastStore((state) => state.toasts);
  return (
    <div className="toast-region" role="status" aria-label={t('toasts.regionLabel')}>
      {toasts.map((toast) => (
        <ToastItem key={toast.replaceKey ?? toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismissToast(toast.id), toast.durationMs);
    return () => clearTimeout(timer);
  }, [paused, toast.id, toast.durationMs]);

  return (
    <div
      className={`toast toast--${toast.tone}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <p className="toast__message">{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            dismissToast(toast.id);
            toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast__dismiss"
        aria-label={t('toasts.dismiss')}
        onClick={() => dismissToast(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

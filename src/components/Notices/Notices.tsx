// Notices: errors and information shown to the user, always as text.

import { useAppStore } from '../../state/store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notices.length) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <p>{n.text}</p>
          {n.details && n.details.length > 0 && (
            <ul>{n.details.map((d, i) => <li key={i}>{d}</li>)}</ul>
          )}
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss notice">×</button>
        </div>
      ))}
    </div>
  );
}

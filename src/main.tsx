// Entry point of the explorer page, or of the presenter view (`?presenter=1`), a small
// page of its own loaded on demand that mounts no canvas.

import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App/App';
import './styles.css';

const PresenterPage = lazy(() => import('./components/Presenter/PresenterPage').then((m) => ({ default: m.PresenterPage })));
const presenter = new URLSearchParams(window.location.search).get('presenter') === '1';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {presenter ? (
        <Suspense fallback={null}>
          <PresenterPage />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}

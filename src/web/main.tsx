import './i18n/index.ts';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { PageSpinner } from './components/PageSpinner.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <Suspense fallback={<PageSpinner />}>
      <App />
    </Suspense>
  </StrictMode>,
);

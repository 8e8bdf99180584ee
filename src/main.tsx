import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import { startBootstrap } from '@/app/bootstrap';
import '@/app/app.css';
import '@/app/print.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element');
}

// Rendered as a transition, so React yields to the browser every few milliseconds while it builds the first
// screen instead of holding the main thread for the whole tree (Lighthouse's total blocking time).
// The reference document's parse starts now, in the worker, while React builds the first screen.
startBootstrap();
const root = createRoot(container);
startTransition(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

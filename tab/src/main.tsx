/** Entry point: find out where we run (Teams or a browser), then render the tab. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { detectHost } from './teams/host';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

const host = await detectHost(window);
document.documentElement.lang = host.locale;
createRoot(container).render(
  <StrictMode>
    <Root host={host} />
  </StrictMode>,
);

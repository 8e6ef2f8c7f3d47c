/** Entry point: show a spinner at once, find out where we run (Teams or a browser), then render the tab. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { WaitingForHost } from './components/WaitingForHost';
import { browserHost, detectHost } from './teams/host';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

const root = createRoot(container);
// Asking a Teams host takes a moment, and up to TEAMS_HOST_TIMEOUT_MS in a frame that is not Teams.
root.render(
  <StrictMode>
    <WaitingForHost guess={browserHost(window)} />
  </StrictMode>,
);
const host = await detectHost(window);
document.documentElement.lang = host.locale;
root.render(
  <StrictMode>
    <Root host={host} />
  </StrictMode>,
);

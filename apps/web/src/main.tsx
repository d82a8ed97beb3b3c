import { createParleyClient } from '@parley/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { ExplorerRoutes } from './app/routes';
import './styles.css';

// Served by Parley itself, the explorer asks the API beside it; `npm run dev:web` proxies /graphql.
const client = createParleyClient({ url: import.meta.env['VITE_PARLEY_API_URL'] ?? '/graphql' });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render the explorer into.');
createRoot(root).render(
  <StrictMode>
    <Provider value={client}>
      <BrowserRouter>
        <ExplorerRoutes />
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);

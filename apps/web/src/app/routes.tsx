import { Route, Routes } from 'react-router';
import { ActionPage } from '../pages/ActionPage';
import { ArticlePage } from '../pages/ArticlePage';
import { CallPage, MeetingPage } from '../pages/EventPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PersonPage } from '../pages/PersonPage';
import { Layout } from './App';

export function ExplorerRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="people/:slug" element={<PersonPage />} />
        <Route path="calls/:id" element={<CallPage />} />
        <Route path="meetings/:id" element={<MeetingPage />} />
        <Route path="articles/:id" element={<ArticlePage />} />
        <Route path="actions/:id" element={<ActionPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { Link, Outlet } from 'react-router';

/** The frame of every page: a skip link, the explorer's name, and a way to the raw API. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Parley Explorer
        </Link>
        <nav aria-label="Site">
          <Link to="/">Search and leaders</Link>
          <a href="/graphql">GraphiQL</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

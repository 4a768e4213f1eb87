/**
 * The site may be served from a subpath (`npm run build -- --base /course/`, as GitHub Pages or a university
 * server needs): every link and asset the site writes itself goes through here. Vite already prefixes the
 * scripts, workers and Graphviz files it bundles.
 */

/** `path` (from the site's root, "/lessons/value/") under the base the site was built with. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The inverse, for names that must not change with the base (where a sandbox's code is saved). */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`)) ? pathname.slice(prefix.length) || '/' : pathname;
}

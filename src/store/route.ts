/**
 * Routes live in the URL hash (`#/tables/3?q=201&unit=元`), so every view and its state can be linked, works from
 * any static host and from file://, and back/forward work. Pure functions: parse and format. The views are declared
 * once, in view-registry.ts.
 */
import type { ViewName } from './view-registry';
import { VIEWS } from './view-registry';

export type { ViewName } from './view-registry';

export interface Route {
  readonly view: ViewName;
  /** Path segments after the view (e.g. the table number). */
  readonly path: readonly string[];
  /** Query parameters, sorted by key when formatted. */
  readonly params: Readonly<Record<string, string>>;
}

export const DEFAULT_ROUTE: Route = { view: 'overview', path: [], params: {} };

/** Parses `#/tables/3?q=201` (or `/tables/3?q=201`); unknown views fall back to the overview. Never throws. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '').replace(/^\//, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter((s) => s !== '')
    .map(safeDecode);
  const view = (VIEWS as readonly string[]).includes(segments[0] ?? '')
    ? (segments[0] as ViewName)
    : 'overview';
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of queryPart.split('&')) {
    if (!pair) continue;
    const [k = '', v = ''] = pair.split('=', 2);
    const key = safeDecode(k);
    if (key && key !== '__proto__' && key !== 'constructor' && key !== 'prototype')
      params[key] = safeDecode(v);
  }
  return { view, path: view === segments[0] ? segments.slice(1) : [], params: { ...params } };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Formats a route as a hash (`#/tables/3?q=201`); empty params are dropped, keys sorted (stable links). */
export function formatHash(route: Route): string {
  const path = [route.view, ...route.path].map(encodeURIComponent).join('/');
  const query = Object.keys(route.params)
    .filter((k) => route.params[k] !== undefined && route.params[k] !== '')
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(route.params[k] ?? '')}`)
    .join('&');
  return `#/${path}${query ? `?${query}` : ''}`;
}

/** A route to `view` with `params`, keeping the shared params (`unit`, `doc`) of `from`. */
export function routeTo(
  view: ViewName,
  path: readonly string[] = [],
  params: Record<string, string> = {},
  from?: Route,
): Route {
  const shared: Record<string, string> = {};
  for (const key of ['unit', 'doc']) {
    const v = from?.params[key];
    if (v) shared[key] = v;
  }
  return { view, path, params: { ...shared, ...params } };
}

/** `route` with some params changed (`undefined` or `''` removes one). */
export function withParams(route: Route, changes: Record<string, string | undefined>): Route {
  const params: Record<string, string> = { ...route.params };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') delete params[k];
    else params[k] = v;
  }
  return { ...route, params };
}

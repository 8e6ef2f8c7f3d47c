/** Request paths as restify routes them. */

/** The path restify routes on: percent-decoded, without query, absolute-form reduced to its path. */
export function routedPath(url: string | undefined): string {
  let pathname: string;
  try {
    pathname = new URL(url ?? '/', 'http://x').pathname;
  } catch {
    return url ?? '/';
  }
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

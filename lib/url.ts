/** A path segment as Next hands it over (percent-encoded); null when the escape is malformed (/topics/%E0). */
export function decodeParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The cluster's API path for `path` ("/topics" -> "/api/clusters/dev/topics"). */
export const clusterApi = (cluster: string, path: string) => `/api/clusters/${cluster}${path}`;

/** The cluster's page path for `path` ("/topics" -> "/c/dev/topics"). */
export const clusterPage = (cluster: string, path: string) => `/c/${cluster}${path === '/' ? '' : path}`;

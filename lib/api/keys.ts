// Query-key factories: one place that names every cached server resource.
export const clusterKeys = {
  all: ['cluster'] as const,
  overview: () => [...clusterKeys.all, 'overview'] as const,
  health: () => [...clusterKeys.all, 'health'] as const,
};

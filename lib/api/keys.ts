// Query-key factories: one place that names every cached server resource.
export const clusterKeys = {
  all: ['cluster'] as const,
  overview: () => [...clusterKeys.all, 'overview'] as const,
  health: () => [...clusterKeys.all, 'health'] as const,
};

export const topicKeys = {
  all: ['topics'] as const,
  list: () => [...topicKeys.all, 'list'] as const,
  detail: (name: string) => [...topicKeys.all, 'detail', name] as const,
};

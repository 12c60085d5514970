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
  consumers: (name: string) => [...topicKeys.detail(name), 'consumers'] as const,
};

export const settingsKeys = {
  all: ['settings'] as const,
};

export const configKeys = {
  all: ['configs'] as const,
  of: (type: 'topic' | 'broker', name: string) => [...configKeys.all, type, name] as const,
};

export const groupKeys = {
  all: ['groups'] as const,
  list: () => [...groupKeys.all, 'list'] as const,
  detail: (id: string) => [...groupKeys.all, 'detail', id] as const,
  history: (id: string) => [...groupKeys.all, 'history', id] as const,
};

export const shareGroupKeys = {
  all: ['share-groups'] as const,
  list: () => [...shareGroupKeys.all, 'list'] as const,
  detail: (id: string) => [...shareGroupKeys.all, 'detail', id] as const,
};

export const schemaKeys = {
  all: ['schemas'] as const,
  list: () => [...schemaKeys.all, 'list'] as const,
  names: () => [...schemaKeys.all, 'names'] as const,
  subject: (subject: string) => [...schemaKeys.all, 'subject', subject] as const,
  health: () => [...schemaKeys.all, 'health'] as const,
  topic: (topic: string) => [...schemaKeys.all, 'topic', topic] as const,
};

/** The clusters home (outside any cluster's cache): the list, and each cluster's card. */
export const homeKeys = {
  all: ['clusters-home'] as const,
  list: () => [...homeKeys.all, 'list'] as const,
  summary: (cluster: string) => [...homeKeys.all, 'summary', cluster] as const,
};

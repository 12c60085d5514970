// Roles, shared by the server (enforcement) and the UI (which actions to show).
//   viewer: reads everything (topics, configs, messages, groups, lag)
//   editor: also produces messages, creates topics, edits topic configs, adds partitions, resets offsets
//   admin:  also deletes (topics, records, groups, group offsets) and edits broker configs
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleAtLeast = (have: Role, need: Role) => ROLES.indexOf(have) >= ROLES.indexOf(need);

// Where the demo's server listens. Login is off in the demo, so it listens on this machine only unless
// HOST names another address: then the person running it chose to share it.
export const listenHost = (env) => env.HOST?.trim() || '127.0.0.1';

/** The line the demo prints about it. */
export function listenNote(host, env) {
  return host === '127.0.0.1' || host === 'localhost'
    ? `Listening on ${host} only: login is off, so only this machine can open it (HOST=0.0.0.0 to share it, with KAFSCOPE_AUTH=login).`
    : `Listening on ${host} as HOST says (login: ${env.KAFSCOPE_AUTH ?? 'off'}); names other than localhost must be in KAFSCOPE_ALLOWED_HOSTS.`;
}

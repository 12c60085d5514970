// Shared by the bench cases (not a case: it exports no run): requests on connections of their own. A
// kept-alive connection that the server had closed while a peer ran failed a request once.
import http from 'node:http';

/** A GET's status and body. */
export const getOnce = (url) =>
  new Promise((resolve, reject) =>
    http
      .get(url, { agent: false }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            ok: res.statusCode === 200,
            status: res.statusCode,
            text: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      })
      .on('error', reject),
  );

/** A GET's JSON body; a status other than 200 is an error. */
export async function getJson(url) {
  const r = await getOnce(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return JSON.parse(r.text);
}

/** Consume an SSE response to its end; the `done` event's data. */
export async function scanOnce(url) {
  const { status, text } = await getOnce(url);
  if (status !== 200) throw new Error(`HTTP ${status}: ${text}`);
  const done = text.split('\n\n').find((b) => b.startsWith('event: done'));
  if (!done) throw new Error(`no done event: ${text.slice(-300)}`);
  return JSON.parse(
    done
      .split('\n')
      .find((l) => l.startsWith('data: '))
      .slice(6),
  );
}

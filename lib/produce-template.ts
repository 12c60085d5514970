// Placeholders for bulk test data, filled per message in the browser preview and on the server. A fixed
// set of names replaced as text: nothing is evaluated. Unknown {{names}} are left as they are. What each
// means is in the messages (produce.placeholder.<name>).

export const PLACEHOLDERS = [{ name: 'i' }, { name: 'uuid' }, { name: 'now' }, { name: 'epoch' }] as const;

export type TemplateContext = { i: number; uuid: string; now: Date };

const PATTERN = /\{\{\s*(i|uuid|now|epoch)\s*\}\}/g;

export const hasPlaceholders = (text: string) => new RegExp(PATTERN.source).test(text);

export function renderTemplate(text: string, ctx: TemplateContext): string {
  return text.replace(PATTERN, (_, name: string) => {
    switch (name) {
      case 'i':
        return String(ctx.i);
      case 'uuid':
        return ctx.uuid;
      case 'now':
        return ctx.now.toISOString();
      default:
        return String(ctx.now.getTime());
    }
  });
}

/** Where JSON.parse stopped, as "line L, column C" when the engine says the position. */
export function jsonError(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    if (!pos) return message;
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const column = Number(pos[1]) - before.lastIndexOf('\n');
    return `${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${column})`;
  }
}

/** Strict base64 (standard alphabet, padding optional, whitespace ignored); null when it is not. */
export function decodeBase64(text: string): Uint8Array | null {
  const s = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 === 1) return null;
  const bin = atob(s.padEnd(Math.ceil(s.length / 4) * 4, '='));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

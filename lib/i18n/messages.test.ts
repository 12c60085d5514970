import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { messages } from './messages';

// Every message in one language exists in the other, with the same {arguments}, and parses as ICU
// MessageFormat. A Korean message with no Korean in it is English left on a Korean page, unless it is a
// name that is the same in every language (listed here, with the reason).
const SAME_IN_EVERY_LANGUAGE = new Set<string>([
  'glossary.acks.term', // the config name, as Korean study notes write it
]);

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

function parsed(key: string, text: string): MessageFormatElement[] {
  try {
    return parse(text);
  } catch (e) {
    throw new Error(`${key}: ${(e as Error).message} in ${JSON.stringify(text)}`);
  }
}

const en = flatten(messages.en as unknown as Tree);
const ko = flatten(messages.ko as unknown as Tree);

describe('messages', () => {
  it('has the same keys in English and Korean', () => {
    expect(
      [...ko.keys()].filter((k) => !en.has(k)),
      'only in Korean',
    ).toEqual([]);
    expect(
      [...en.keys()].filter((k) => !ko.has(k)),
      'only in English',
    ).toEqual([]);
  });

  it('uses the same arguments in both languages, in valid ICU syntax', () => {
    for (const [key, text] of en) {
      const other = ko.get(key);
      if (other === undefined) continue;
      const a = [...argumentsOf(parsed(key, text))].sort();
      const b = [...argumentsOf(parsed(key, other))].sort();
      expect(b, key).toEqual(a);
    }
  });

  it('leaves no English on a Korean page', () => {
    const english = [...ko].filter(
      ([key, text]) => !/[\uac00-\ud7a3]/.test(text) && !SAME_IN_EVERY_LANGUAGE.has(key),
    );
    expect(english).toEqual([]);
    for (const key of SAME_IN_EVERY_LANGUAGE) expect(en.has(key), key).toBe(true);
  });
});

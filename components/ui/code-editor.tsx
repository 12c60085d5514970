'use client';
import { useMemo } from 'react';
import CodeMirror, { EditorState, EditorView } from '@uiw/react-codemirror';
import { json } from '@codemirror/lang-json';
import { StreamLanguage } from '@codemirror/language';
import { protobuf } from '@codemirror/legacy-modes/mode/protobuf';
import { useTheme } from 'next-themes';

const LANGUAGES = { json: () => json(), protobuf: () => StreamLanguage.define(protobuf) };

/**
 * A code editor (CodeMirror 6) for JSON or Protobuf: highlighting, bracket matching, undo. `readOnly`: the
 * same view for showing a schema. Loaded only where it is used.
 */
export default function CodeEditor({
  value,
  onChange,
  label,
  language = 'json',
  readOnly = false,
  minHeight = '8rem',
  maxHeight = '24rem',
}: {
  value: string;
  onChange?: (v: string) => void;
  label: string;
  language?: keyof typeof LANGUAGES;
  readOnly?: boolean;
  minHeight?: string;
  maxHeight?: string;
}) {
  const { resolvedTheme } = useTheme();
  // The editable element is the textbox screen readers and tests find: it carries the label.
  const extensions = useMemo(
    () => [
      LANGUAGES[language](),
      EditorView.contentAttributes.of({ 'aria-label': label }),
      ...(readOnly ? [EditorState.readOnly.of(true), EditorView.lineWrapping] : []),
    ],
    [label, language, readOnly],
  );
  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      editable={!readOnly}
      theme={resolvedTheme === 'dark' ? 'dark' : 'light'}
      minHeight={minHeight}
      maxHeight={maxHeight}
      basicSetup={{ foldGutter: false, highlightActiveLine: false }}
      className="overflow-hidden rounded-md border border-zinc-300 text-sm dark:border-zinc-700"
      data-testid="code-editor"
    />
  );
}

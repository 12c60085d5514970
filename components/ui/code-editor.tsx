'use client';
import { useMemo } from 'react';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { json } from '@codemirror/lang-json';
import { useTheme } from 'next-themes';

/** A JSON editor (CodeMirror 6): highlighting, bracket matching, undo. Loaded only where it is used. */
export default function CodeEditor({
  value,
  onChange,
  label,
  minHeight = '8rem',
}: {
  value: string;
  onChange: (v: string) => void;
  label: string;
  minHeight?: string;
}) {
  const { resolvedTheme } = useTheme();
  // The editable element is the textbox screen readers and tests find: it carries the label.
  const extensions = useMemo(
    () => [json(), EditorView.contentAttributes.of({ 'aria-label': label })],
    [label],
  );
  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={resolvedTheme === 'dark' ? 'dark' : 'light'}
      minHeight={minHeight}
      maxHeight="24rem"
      basicSetup={{ foldGutter: false, highlightActiveLine: false }}
      className="overflow-hidden rounded-md border border-zinc-300 text-sm dark:border-zinc-700"
      data-testid="code-editor"
    />
  );
}

'use client';

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui', padding: 32 }}>
        <h1>Kafscope hit an unexpected error</h1>
        <p>The server is still running. Try again, or reload the page.</p>
        <button onClick={reset}>Try again</button>
      </body>
    </html>
  );
}

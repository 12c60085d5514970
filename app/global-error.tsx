'use client';
/* eslint-disable i18next/no-literal-string -- this page replaces the root layout, and with it the message
   provider: it says the same in both languages, so it needs nothing that may have failed. */

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui', padding: 32 }}>
        <h1>Kafscope hit an unexpected error</h1>
        <p>The server is still running. Try again, or reload the page.</p>
        <p lang="ko">
          예기치 않은 오류가 났습니다. 서버는 계속 실행 중입니다. 다시 시도하거나 페이지를 새로 고치세요.
        </p>
        <button onClick={reset}>Try again · 다시 시도</button>
      </body>
    </html>
  );
}

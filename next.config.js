// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

// The locale and messages per request (cookie, else Accept-Language): see lib/i18n.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // kafkajs is plain CommonJS whose internals (cluster, fetch, protocol) we require directly: keep it
  // external so the server loads it from node_modules instead of bundling it.
  serverExternalPackages: ['kafkajs', 'kafkajs-snappy', 'lz4js', '@bokuweb/zstd-wasm', 'avsc', 'protobufjs'],
  // The Docker image runs the standalone server; `npm start` (next start) keeps the normal output.
  output: process.env.KAFSCOPE_STANDALONE === '1' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Server-Sent Events must not be buffered by compression.
  compress: false,
  devIndicators: false,
  // Security headers on every response. Next's own inline scripts (hydration data) need 'unsafe-inline' for
  // scripts without a nonce set per request; 'unsafe-eval' only in development (React's dev tooling).
  async headers() {
    const dev = process.env.NODE_ENV !== 'production';
    const csp = [
      "default-src 'self'",
      `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          // Browsers honour it only on https answers (ignored over plain http, e.g. on localhost).
          { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

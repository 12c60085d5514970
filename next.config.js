// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // kafkajs is plain CommonJS whose internals (cluster, fetch, protocol) we require directly: keep it
  // external so the server loads it from node_modules instead of bundling it.
  serverExternalPackages: ['kafkajs', 'kafkajs-snappy', 'lz4js', '@bokuweb/zstd-wasm'],
  // The Docker image runs the standalone server; `npm start` (next start) keeps the normal output.
  output: process.env.KAFSCOPE_STANDALONE === '1' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Server-Sent Events must not be buffered by compression.
  compress: false,
  devIndicators: false,
};

export default nextConfig;

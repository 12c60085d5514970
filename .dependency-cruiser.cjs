// Import rules checked by `npm run check` (dependency-cruiser). ARCHITECTURE.md explains the layers.
const feature = '(topics|groups|reader|produce|configs|cluster)';
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make the order of loading matter.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'features-apart',
      severity: 'error',
      comment: 'A feature folder of lib/kafka uses base/ and wire/, never another feature.',
      from: { path: `^lib/kafka/${feature}/` },
      to: { path: '^lib/kafka/(topics|groups|reader|produce|configs|cluster)/', pathNot: '^lib/kafka/$1/' },
    },
    {
      name: 'pages-through-the-api',
      severity: 'error',
      comment:
        "Pages get data through the API route's handler (lib/http/page-data.ts), never lib/kafka directly.",
      from: { path: '^app/', pathNot: '^app/api/' },
      to: { path: '^lib/kafka/' },
    },
    {
      name: 'base-below-features',
      severity: 'error',
      comment: 'lib/kafka/base sits below the features: it never imports one.',
      from: { path: '^lib/kafka/base/' },
      to: { path: `^lib/kafka/${feature}/` },
    },
    {
      name: 'wire-at-the-bottom',
      severity: 'error',
      comment: 'lib/kafka/wire only talks to kafkajs; it imports nothing else of lib/kafka.',
      from: { path: '^lib/kafka/wire/' },
      to: { path: '^lib/kafka/', pathNot: '^lib/kafka/wire/' },
    },
    {
      name: 'kafkajs-internals-in-wire',
      severity: 'error',
      comment: "kafkajs's private modules are reached from lib/kafka/wire only (tests may build its errors).",
      from: { pathNot: ['^lib/kafka/wire/', '\\.test\\.ts$'] },
      to: { path: 'node_modules/kafkajs/src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|\\.kafka|scratch)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};

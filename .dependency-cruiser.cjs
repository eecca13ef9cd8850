/**
 * The layering, enforced by `npm test` (npm run lint:deps). Layers from the
 * ground up; a module may import its own layer and the ones below, never one
 * above. Adding a folder means adding it to a layer here (docs/DESIGN.md).
 */
const LAYERS = [
  ['src/model/'],
  ['src/text/', 'src/limits.ts', 'src/memory-policy.ts', 'src/log.ts', 'src/config.ts', 'src/progress.ts', 'src/threads.ts', 'src/data-folder.ts'],
  ['src/lexicon/'],
  ['src/corpus/', 'src/facts/', 'src/search/'],
  ['src/store/', 'src/db/'],
  ['src/understand/'],
  ['src/answer/'],
  ['src/engine.ts', 'src/conversation.ts', 'src/answer-thread.ts', 'src/answer-worker.ts', 'src/render/', 'src/eval/'],
  ['src/discord/', 'src/console.ts', 'src/cli.ts', 'src/sharding.ts'],
  ['commands/'],
  ['src/main.ts', 'src/deploy.ts', 'src/shard.ts', 'src/eval-main.ts', 'src/stats-main.ts'],
];

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pathsOf = (layer) => `^(${layer.map(esc).join('|')})`;

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${i}-imports-upward`,
  comment: `${layer.join(', ')} may not import a higher layer`,
  severity: 'error',
  from: { path: pathsOf(layer) },
  to: { path: pathsOf(LAYERS.slice(i + 1).flat()) },
}));

/** The engine: everything below the front ends. */
const ENGINE = LAYERS.slice(0, 8).flat();

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'import loops make the layers meaningless', from: {}, to: { circular: true } },
    {
      name: 'model-imports-nothing',
      severity: 'error',
      comment: 'src/model/ holds the shared types and depends on nothing but itself',
      from: { path: '^src/model/' },
      to: { pathNot: '^src/model/' },
    },
    {
      name: 'engine-knows-no-discord',
      severity: 'error',
      comment: 'the engine never imports discord.js or the Discord front end',
      from: { path: pathsOf(ENGINE) },
      to: { path: '(^src/discord/|node_modules/discord\\.js/|node_modules/@discordjs/)' },
    },
    {
      name: 'no-unlayered-module',
      severity: 'error',
      comment: 'every source file belongs to a layer (add new folders to LAYERS)',
      from: { path: '^(src|commands)/', pathNot: pathsOf(LAYERS.flat()) },
      to: {},
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|commands|node_modules)/',
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    exclude: { path: '\\.json$' },
  },
};

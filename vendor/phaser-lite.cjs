// The Phaser the table needs, built from Phaser's own sources: its core build (no physics, tilemaps or
// particles) plus Container, WebGL only and without sound (vite.config.ts sets those switches). The
// minified full build is ~355 kB gzipped and cannot be tree-shaken; this keeps the game under budget.
const Phaser = require('../node_modules/phaser/src/phaser-core.js');
require('../node_modules/phaser/src/gameobjects/container/ContainerFactory.js');
Phaser.GameObjects.Container = require('../node_modules/phaser/src/gameobjects/container/Container.js');
module.exports = Phaser;

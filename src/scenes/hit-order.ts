import type { GameObjects, Input, Scene } from 'phaser';

type Node = GameObjects.GameObject & { depth?: number; parentContainer?: GameObjects.Container | null };

/**
 * Where an object is drawn in the scene, bottom first: its top ancestor's depth and place, then its place in each
 * container.
 */
function drawOrder(scene: Scene, object: Node): number[] {
  const path: number[] = [];
  let node = object;
  while (node.parentContainer) {
    path.unshift(node.parentContainer.getIndex(node));
    node = node.parentContainer as Node;
  }
  return [node.depth ?? 0, scene.children.getIndex(node), ...path];
}

const above = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return (b[i] ?? 0) - (a[i] ?? 0);
  // A container's child is drawn over the container.
  return b.length - a.length;
};

/**
 * Phaser picks the top object under the pointer by where it was in the last frame it drew, so a button made
 * since then counts as the bottom-most and a quick tap falls through to what lies beneath it (a panel's shade,
 * which closes the panel). The table orders hits by how things are drawn instead, which needs no frame.
 */
export function orderHitsByDrawing(scene: Scene): void {
  const input = scene.input as Input.InputPlugin & { sortGameObjects(list: Node[]): Node[] };
  input.sortGameObjects = (list: Node[]): Node[] => {
    if (list.length < 2) return list;
    const order = new Map(list.map((o) => [o, drawOrder(scene, o)]));
    // In place: Phaser goes on with the list it passed.
    list.splice(0, list.length, ...list.toSorted((a, b) => above(order.get(a) ?? [], order.get(b) ?? [])));
    return list;
  };
}

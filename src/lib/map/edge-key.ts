/** The one key for an edge, shared by the SVG (React keys, highlight sets) and the map helpers. */
import type { EdgeKind } from '../graph/graph.ts';

export const edgeKey = (e: { from: string; to: string; kind: EdgeKind }): string => `${e.from}>${e.to}>${e.kind}`;

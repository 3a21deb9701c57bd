/** How each edge kind is drawn: told apart by line pattern and width, not colour alone. */
import type { EdgeKind } from '../../lib/graph/graph';

export const edgeStyles: Record<EdgeKind, { label: string; dash?: string; width: number; colour: string }> = {
  qualifies: { label: 'qualifies you for', width: 2, colour: '#0b0c0c' },
  progresses: { label: 'often leads to (at work)', width: 3.5, colour: '#1d4f91' },
  requires: { label: 'needed before', dash: '8 5', width: 2, colour: '#505a5f' },
  trains: { label: 'trained in the job', dash: '2 4', width: 2.5, colour: '#00703c' },
  offers: { label: 'local programme gives', dash: '10 4 2 4', width: 2, colour: '#8a3a00' },
  'leads-to': { label: 'local programme leads to', dash: '10 4 2 4', width: 2, colour: '#8a3a00' },
};

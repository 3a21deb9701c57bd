/** Every previous job maps to roles that exist, and a person from that job can reach each one. */
import { describe, expect, it } from 'vitest';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { findRoutes } from '../../src/lib/routes/index.ts';
import { routeDetails } from '../../src/lib/routes/details.ts';

const { content, graph } = loadContentFrom(process.cwd());
const details = routeDetails(content);

describe('from my last job', () => {
  it('covers at least 15 previous jobs', () => {
    expect(content.previousJobs.length).toBeGreaterThanOrEqual(15);
  });

  it.each(content.previousJobs.map((p) => [p.id, p] as const))('%s: every role it fits exists and has a route from there', (id, p) => {
    for (const fit of p.data.fits) {
      const role = graph.byId.get(fit.role);
      expect(role?.kind, `${id} fits "${fit.role}"`).toBe('role');
      // A previous job holds no qualification: its route starts as from nothing.
      const result = findRoutes(graph, { from: { kind: 'nothing' }, fromPrevious: id, to: fit.role, details, max: 1 });
      expect(result.status, `${id} -> ${fit.role}`).toBe('ok');
    }
  });
});

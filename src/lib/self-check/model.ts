/**
 * The self-check's data for the island, made once at build time: situations with their
 * values' names, traits with their roles worked out, and the roles the results can show,
 * with the graph's level and pay words. Plain JSON: the island gets nothing else.
 */
import type { Entry } from '../content/parse.ts';
import type { Role, SelfCheck } from '../content/schema.ts';
import type { Graph } from '../graph/graph.ts';
import { traitRoleIds } from './traits.ts';
import type { ModelRole, SelfCheckModel } from './types.ts';

export function selfCheckModel(selfCheck: SelfCheck, roles: readonly Entry<Role>[], graph: Graph): SelfCheckModel {
  const values = new Map(selfCheck.values.map((v) => [v.id, { name: v.name, from: v.from }]));
  const traits = selfCheck.traits.map((t) => ({ id: t.id, about: t.about, roles: traitRoleIds(t, roles) }));
  const modelRoles: ModelRole[] = [];
  for (const r of roles) {
    const node = graph.byId.get(r.id);
    if (node?.kind !== 'role') continue;
    modelRoles.push({
      id: r.id,
      title: node.title,
      href: node.href,
      family: r.data.family,
      levelLabel: node.levelLabel,
      pay: node.pay?.text ?? '',
      hard: r.data.hard,
      noExperience: r.data.tags.includes('no-experience'),
    });
  }
  return {
    situations: selfCheck.situations.map((s) => ({
      id: s.id,
      title: s.title,
      text: s.text,
      simple: s.simple,
      values: s.values.flatMap((id) => values.get(id) ?? []),
      answers: s.answers.map((a) => ({ text: a.text, towards: a.towards, away: a.away })),
    })),
    traits,
    roles: modelRoles,
  };
}

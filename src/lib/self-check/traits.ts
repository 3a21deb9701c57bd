/**
 * Which roles a self-check trait applies to: the roles it lists, or the roles whose own
 * fields (tag, level, open entry) match every condition it gives. Computed once, here, for
 * the page and the tests alike.
 */
import type { Entry } from '../content/parse.ts';
import type { Role, SelfCheckTrait } from '../content/schema.ts';

/** The role ids a trait applies to, in the order of `roles` (content order for a match). Unknown ids are dropped. */
export function traitRoleIds(trait: SelfCheckTrait, roles: readonly Entry<Role>[]): string[] {
  if (trait.roles) {
    const known = new Set(roles.map((r) => r.id));
    return [...new Set(trait.roles)].filter((id) => known.has(id));
  }
  const m = trait.match;
  if (!m) return [];
  return roles
    .filter(
      ({ data }) =>
        (m.tag === undefined || data.tags.includes(m.tag)) &&
        (m.open_entry === undefined || data.open_entry === m.open_entry) &&
        (m.level_min === undefined || data.level >= m.level_min) &&
        (m.level_max === undefined || data.level <= m.level_max),
    )
    .map((r) => r.id);
}

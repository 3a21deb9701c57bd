/**
 * From answers to 3 to 6 roles worth talking about, each with the answers that point there
 * and the things to think about. Never a pass or a fail, never one verdict.
 *
 * Each answer leans towards some traits and away from others. A role gains a point for each
 * trait it has that an answer leans towards, and loses one for each it has that an answer
 * leans away from. Roles with more points come first; among equals, roles that fewer
 * other jobs share a trait with (the answers say more about them), then fewer things to
 * think about, then by title. At most two roles from one pathway, so the list is varied.
 */
import type { Answers, Lean, ModelRole, SelfCheckModel, SelfCheckResult, Suggestion } from './types.ts';

/** At least this many roles are suggested, so there is never a single verdict. */
export const MIN_SUGGESTIONS = 3;
/** At most this many, so the list stays short enough to talk through. */
export const MAX_SUGGESTIONS = 6;
/** At most this many from one pathway (family), while others are left to show. */
const PER_FAMILY = 2;

interface Tally {
  role: ModelRole;
  score: number;
  /** The sum of 1 / (roles with the trait) over the traits that point here: rarer traits weigh more. */
  weight: number;
  reasons: Lean[];
  concerns: Lean[];
}

/** Adds `about` to the lean for this answer, or starts one: one entry per answer, in the order asked. */
function addLean(leans: Lean[], situation: string, answer: string, about: string): void {
  const last = leans.at(-1);
  if (last && last.situation === situation && last.answer === answer) {
    if (!last.about.includes(about)) last.about.push(about);
  } else leans.push({ situation, answer, about: [about] });
}

export function suggestRoles(model: SelfCheckModel, answers: Answers): SelfCheckResult {
  const traits = new Map(model.traits.map((t) => [t.id, t]));
  const tallies = new Map<string, Tally>(model.roles.map((role) => [role.id, { role, score: 0, weight: 0, reasons: [], concerns: [] }]));
  let answered = 0;
  model.situations.forEach((situation, i) => {
    const index = answers[i];
    const answer = index === undefined ? undefined : situation.answers[index];
    if (!answer) return;
    answered++;
    for (const [ids, sign] of [
      [answer.towards, 1],
      [answer.away, -1],
    ] as const) {
      for (const id of ids) {
        const trait = traits.get(id);
        if (!trait) continue;
        for (const roleId of trait.roles) {
          const tally = tallies.get(roleId);
          if (!tally) continue;
          tally.score += sign;
          if (sign > 0) {
            tally.weight += 1 / trait.roles.length;
            addLean(tally.reasons, situation.title, answer.text, trait.about);
          } else addLean(tally.concerns, situation.title, answer.text, trait.about);
        }
      }
    }
  });

  const byFit = (a: Tally, b: Tally) =>
    b.score - a.score || b.weight - a.weight || a.concerns.length - b.concerns.length || a.role.title.localeCompare(b.role.title, 'en');
  const all = [...tallies.values()];
  const picked: Tally[] = [];
  const families = new Map<string, number>();
  const take = (candidates: Tally[], limit: number, capFamilies: boolean) => {
    for (const t of candidates) {
      if (picked.length >= limit) return;
      if (picked.includes(t)) continue;
      const inFamily = families.get(t.role.family) ?? 0;
      if (capFamilies && inFamily >= PER_FAMILY) continue;
      picked.push(t);
      families.set(t.role.family, inFamily + 1);
    }
  };
  // Roles the answers point to, on balance; then, if too few, roles with as many reasons as
  // things to think about; then jobs anyone can start, with nothing against them.
  const pointed = all.filter((t) => t.score > 0).sort(byFit);
  take(pointed, MAX_SUGGESTIONS, true);
  take(pointed, MIN_SUGGESTIONS, false);
  take(all.filter((t) => t.score === 0 && t.reasons.length > 0).sort(byFit), MIN_SUGGESTIONS, true);
  const starts = all.filter((t) => t.reasons.length === 0 && t.concerns.length === 0 && t.role.noExperience).sort(byFit);
  take(starts, MIN_SUGGESTIONS, true);
  take(starts, MIN_SUGGESTIONS, false);
  // Only when every job has something against it: the closest, with those things shown.
  take(all.sort(byFit), MIN_SUGGESTIONS, false);

  const suggestions: Suggestion[] = picked.map((t) => ({
    role: t.role,
    reasons: t.reasons,
    concerns: t.concerns,
    startingPoint: t.reasons.length === 0,
  }));
  return { suggestions, answered };
}

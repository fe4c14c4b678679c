import { screen, type Earlier, type Screening } from '../bot/conversation/safeguarding/screen';

/**
 * Each turn of a case screened in order, a crisis carried to the follow-ups as the route does; the
 * last turn's screening is returned. `rulesOnly` leaves the learned model out (what it is trained on).
 */
export function screenConversation(say: string | string[], options: { rulesOnly?: boolean } = {}): Screening {
  const turns = Array.isArray(say) ? say : [say];
  const model = options.rulesOnly ? { model: null } : {};
  let earlier: Earlier | undefined;
  let s = screen(turns[0], model);
  for (const [i, turn] of turns.entries()) {
    s = screen(turn, { earlier, ...model });
    if (i < turns.length - 1 && s.tier === 'crisis' && s.category && s.category !== 'distress') earlier = { category: s.category, about: s.about };
  }
  return s;
}

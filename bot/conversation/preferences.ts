import type { Preferences } from '../knowledge/search';
import type { UserState } from './state';

/** Teams users are school staff; web chat users are mostly parents, until they say otherwise. */
export function preferencesFor(user: UserState, channelId: string): Preferences {
  return {
    area: user.area,
    audience: user.role ?? (channelId === 'msteams' ? 'professional' : 'parent'),
  };
}

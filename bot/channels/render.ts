import type { Activity } from 'botbuilder';
import type { Reply } from '../conversation/reply';
import { renderForTeams } from './teams';
import { renderForWebChat } from './webchat';

/** Shape a reply for the channel the person is using. */
export function render(reply: Reply, channelId: string): Partial<Activity> {
  return channelId === 'msteams' ? renderForTeams(reply) : renderForWebChat(reply);
}

import type { Activity } from 'botbuilder';
import type { Renderer } from '../conversation/services';
import type { Reply } from '../conversation/reply';
import { renderForTeams, searchResultCard, searchResultPreview } from './teams';
import { renderForWebChat } from './webchat';

/** Shape a reply for the channel the person is using. */
export function render(reply: Reply, channelId: string): Partial<Activity> {
  return channelId === 'msteams' ? renderForTeams(reply) : renderForWebChat(reply);
}

/** What the conversation layer is given to shape its replies: these channels' renderers. */
export const channelRenderer: Renderer = {
  activity: render,
  searchResult: (reply) => ({ ...searchResultCard(reply), preview: searchResultPreview(reply) }),
};

import type { Activity } from 'botbuilder';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { AppState } from '../../conversation/state';

/**
 * Runs one activity through the same adapter and Application that serve /api/messages, so
 * web chat answers are exactly the bot's answers. The activity asks for expectReplies, so
 * the adapter hands the replies back in its response instead of posting them anywhere.
 */
export class TurnFailed extends Error {
  constructor(readonly status: number) {
    super(`the bot answered the turn with HTTP ${status}`);
  }
}

export async function runTurn(
  adapter: TeamsAdapter,
  app: Application<AppState>,
  activity: Partial<Activity>,
): Promise<Partial<Activity>[]> {
  let status = 200;
  let body: unknown;
  // The smallest request and response the adapter accepts (see botbuilder's Request/Response).
  const request = { method: 'POST', headers: {}, body: { ...activity, deliveryMode: 'expectReplies' } };
  const response = {
    socket: null,
    status(code: number) {
      status = code;
    },
    header() {},
    send(payload?: unknown) {
      body = payload;
    },
    end() {},
  };
  await adapter.process(request, response, (context) => app.run(context).then(() => undefined));
  if (status !== 200) throw new TurnFailed(status);
  return repliesIn(body);
}

function repliesIn(body: unknown): Partial<Activity>[] {
  if (typeof body !== 'object' || body === null || !('activities' in body)) return [];
  const { activities } = body;
  return Array.isArray(activities) ? (activities as Partial<Activity>[]) : [];
}

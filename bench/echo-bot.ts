import restify from 'restify';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { MemoryStorage } from 'botbuilder';

/** The baseline: a minimal teams-ai echo bot on the same packages and HTTP stack. */
const adapter = new TeamsAdapter({});
const app = new Application<TurnState>({ adapter, storage: new MemoryStorage(), startTypingTimer: false });
app.activity('message', async (context) => {
  await context.sendActivity(`You said: ${context.activity.text}`);
});
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  next();
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');

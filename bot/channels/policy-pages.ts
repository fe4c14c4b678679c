import { escapeHtml } from './html';
import { plainPage as policyPage } from './plain-page';

/**
 * The privacy notice and the terms of use, served by the bot at /privacy and /terms and
 * linked from the chat page and the Teams app. Every statement about what is kept comes from
 * the numbers the code uses (passed in), so the notice cannot drift from what the bot does.
 */
export type PolicyFacts = {
  /** Who runs this service (SERVICE_OPERATOR). */
  operator: string;
  /** Where to contact them (SERVICE_CONTACT_URL), if set. */
  contactUrl?: string;
  /** Conversation memory is forgotten after this many hours without a message. */
  memoryIdleHours: number;
  /** The gap log's size before its older half is deleted, in bytes. */
  gapLogMaxBytes: number;
  /** Questions in the gap log are cut to this many characters. */
  gapQueryChars: number;
  /** The web chat goes through Azure's Direct Line service (DIRECT_LINE_SECRET is set). */
  azureDirectLine: boolean;
  /** State and the gap log are kept in Azure Blob storage (AZURE_STORAGE_CONNECTION_STRING), not in the process. */
  azureStorage: boolean;
};

const contact = (facts: PolicyFacts) =>
  facts.contactUrl
    ? `<a href="${escapeHtml(facts.contactUrl)}">contact ${escapeHtml(facts.operator)}</a>`
    : `contact ${escapeHtml(facts.operator)}`;

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export function privacyPage(facts: PolicyFacts, chatUrl: string): string {
  const questions = Math.round(facts.gapLogMaxBytes / 250 / 1000) * 1000;
  return policyPage(
    'Privacy',
    `<h1>Privacy: what SEND Signpost keeps</h1>
<p>SEND Signpost is run by <strong>${escapeHtml(facts.operator)}</strong>. It is a computer program that answers questions about special educational needs and disabilities (SEND) from information checked by staff. You do not need to give your name or any personal details to use it, and please do not: it does not need them.</p>

<h2>What it remembers while you chat</h2>
<ul>
<li>The area you choose (Leicester City, Leicestershire or Rutland) and whether you are a parent or carer or work in a school, if you tell it.</li>
<li>The last answer it gave and the question that led to it, so that tapping "Not helpful" can be linked to that question.</li>
</ul>
<p>${
      facts.azureStorage
        ? `It is kept in the service's own storage, with personal details removed from what you typed, until you choose <strong>Start over</strong> or ${escapeHtml(facts.operator)} deletes it.`
        : `It is forgotten after ${facts.memoryIdleHours} hours without a message, or straight away when you choose <strong>Start over</strong>.`
    }</p>

<h2>What it writes down, and for how long</h2>
<p>When the bot cannot answer a question, or someone marks an answer as not helpful, it writes the question in a <strong>gap log</strong> so staff can see what information is missing. Before anything is written, the bot removes personal details it can recognise: email addresses, phone numbers, NHS numbers, postcodes, dates (such as a date of birth), other long numbers, and names that follow words like "my son is called" or "my name is". The question is then cut to ${facts.gapQueryChars} characters. The log does not say who asked or from where.</p>
<p>${
      facts.azureStorage
        ? `The gap log is kept as one file a day in the service's own storage, until ${escapeHtml(facts.operator)} deletes it. Staff read it to decide what information to write next.`
        : `The gap log holds at most ${megabytes(2 * facts.gapLogMaxBytes)}: each time the newest ${megabytes(facts.gapLogMaxBytes)} (about ${questions.toLocaleString('en-GB')} questions) fills up, the oldest ${megabytes(facts.gapLogMaxBytes)} is deleted. Staff read it to decide what information to write next, and may delete it at any time.`
    }</p>
<p>The bot's own technical logs record what kind of reply was given (an answer, a "which one?", an "I don't know") and which item was shown, never the words you typed.</p>

<h2>What it does not keep</h2>
<ul>
<li>No account, name, email address or phone number is asked for or stored.</li>
<li>The chat page sets no cookies, runs no advertising or tracking, and loads nothing from other websites.</li>
<li>Nobody reads the chat as it happens. If a child is in danger, call 999.</li>
</ul>

<h2>Microsoft Teams and web chat</h2>
<p>In Microsoft Teams, your organisation's agreement with Microsoft covers the messages Teams itself keeps.</p>
<p>${facts.azureDirectLine ? "The web chat's messages pass through Microsoft's Azure Bot Service (Direct Line), which delivers them between the page and the bot." : 'The web chat talks only to this service: messages go straight between the page and the bot, and are held in its memory only while the conversation is open.'}</p>

<h2>Questions or requests</h2>
<p>To ask about this notice or about your information, ${contact(facts)}.</p>`,
    chatUrl,
  );
}

export function termsPage(facts: PolicyFacts, chatUrl: string): string {
  return policyPage(
    'Terms of use',
    `<h1>Terms of use</h1>
<p>SEND Signpost is run by <strong>${escapeHtml(facts.operator)}</strong>. By using it you agree to these terms.</p>

<h2>What it is</h2>
<p>A computer program, not a person. It gives general information about special educational needs and disabilities (SEND) in Leicester, Leicestershire and Rutland, written by staff from public documents. Each answer says which document it comes from and when staff last checked it.</p>

<h2>What it is not</h2>
<ul>
<li>It is not advice about your child or your case. For free, impartial advice from a person, contact SENDIASS; for decisions about your child, talk to their school, setting or council.</li>
<li>It is not for emergencies. If a child is in danger, call 999. Samaritans: 116 123. NSPCC: 0808 800 5000. Childline: 0800 1111.</li>
<li>Information can go out of date. Dates, deadlines and contacts are only as current as the document they come from; check before you rely on them.</li>
</ul>

<h2>Using it</h2>
<ul>
<li>Please do not type names or other personal details. See the <a href="privacy">privacy notice</a> for what is kept.</li>
<li>Answers link to other organisations' websites. Those organisations are responsible for what their sites say.</li>
<li>The service may change, or be unavailable at times, without notice.</li>
</ul>

<h2>Contact</h2>
<p>To report something wrong or out of date, tap "Not helpful" under the answer, or ${contact(facts)}.</p>`,
    chatUrl,
  );
}

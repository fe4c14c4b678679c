import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { LanguageNote } from '../knowledge/language-notes';
import type { Area } from '../knowledge/schema';
import { handoffReply } from './handoff';
import type { MessageReply } from './reply';

/**
 * The reply to a message in another language: the staff-kept fixed message in that language
 * (what the bot is, that answers are in English, SENDIASS and an interpreter, the crisis
 * numbers), with the same SENDIASS contact buttons "talk to a person" gives. Only link
 * buttons: a button that sends English words back would start an English conversation.
 */
export function otherLanguageReply(note: LanguageNote, kb: KnowledgeBase, area: Area | undefined, publicUrl: string): MessageReply {
  const buttons = handoffReply(kb, area, publicUrl).buttons.filter((b) => b.kind === 'url');
  return { kind: 'message', purpose: 'other-language', text: note.text, buttons, locale: note.code };
}

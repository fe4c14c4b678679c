import type { AnswerReply } from '../conversation/reply';

export type CitationEntity = {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  citation: {
    '@type': 'Claim';
    position: number;
    appearance: { '@type': 'DigitalDocument'; name: string; abstract: string; url: string };
  }[];
};

/**
 * The schema.org Message entity that Web Chat and Teams render as a citation badge. Our
 * answers are curated content, so they are deliberately not marked as AI-generated.
 */
export function citationEntity(reply: AnswerReply): CitationEntity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: [
      {
        '@type': 'Claim',
        position: 1,
        appearance: { '@type': 'DigitalDocument', ...reply.citation },
      },
    ],
  };
}

/** The Markdown reference that ties "[1]" in the text to the citation. */
export const citationReference = (reply: AnswerReply): string =>
  `[1]: ${reply.citation.url} "${reply.citation.name.replace(/"/g, "'")}"`;

const reviewedFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 November 2026" */
export const formatReviewed = (isoDate: string): string => reviewedFormat.format(new Date(`${isoDate}T12:00:00Z`));

/**
 * The five seed documents by their file names, as people know them: title and date. Content
 * written from them sometimes names the file ("(000_27f6ed67c1a1d3c6.txt)"), which means
 * nothing to a parent.
 */
const SEED_DOCUMENTS: Record<string, string> = {
  '000_27f6ed67c1a1d3c6.txt': 'LLR Change Programme Partnership, End of Phase 2 report (September 2025)',
  '001_98d23fd7a2e5491d.txt': 'Leicestershire SEND and Inclusion Strategy 2024 to 2027',
  '002_b94a2115c10caca7.txt': 'Leicester City SENDCo Update, Spring Term 1 2025',
  '003_5d8a8bf7023dc1b5.txt': 'LLR SEND and Inclusion Alliance update to the Health Overview and Scrutiny Committee (February 2026)',
  '004_c81b18ee715b0382.txt': 'Change Programme update to Rutland Schools Forum (February 2024)',
};

/** A file name in brackets, or on its own: "(report.txt)", "notes_2025.pdf". */
const FILE_NAME = /\s*\(?\b[\w.-]+\.(?:txt|pdf|docx?|xlsx?|pptx?|md|csv|html?)\b\)?/gi;

/**
 * The source line's document names as people know them: a seed document by its title and
 * date, any other file name removed, each document once ("A; B").
 */
export function sourceName(document: string): string {
  const names: string[] = [];
  for (const part of document.split(';')) {
    const seed = Object.keys(SEED_DOCUMENTS).find((file) => part.includes(file));
    const name = seed ? SEED_DOCUMENTS[seed] : part.replace(FILE_NAME, '').replace(/\s+/g, ' ').trim();
    if (name && !names.includes(name)) names.push(name);
  }
  return names.join('; ') || 'information checked by SENDIASS staff';
}

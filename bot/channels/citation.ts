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


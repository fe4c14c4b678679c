/**
 * Where an answer's facts come from, named as people know the document: its title and date.
 * Content written from the seed documents sometimes names the file it was written from
 * ("(000_27f6ed67c1a1d3c6.txt)"), which means nothing to a parent; the file names are
 * mapped to their documents here (see /work/shared/seeds/README.md) and any other file name
 * is left out.
 */
const SEED_DOCUMENTS: Record<string, string> = {
  '000_27f6ed67c1a1d3c6.txt': 'LLR Change Programme Partnership, End of Phase 2 report (September 2025)',
  '001_98d23fd7a2e5491d.txt': 'Leicestershire SEND and Inclusion Strategy 2024 to 2027',
  '002_b94a2115c10caca7.txt': 'Leicester City SENDCo Update, Spring Term 1 2025',
  '003_5d8a8bf7023dc1b5.txt': 'LLR SEND and Inclusion Alliance update to the Health Overview and Scrutiny Committee (February 2026)',
  '004_c81b18ee715b0382.txt': 'Change Programme update to Rutland Schools Forum (February 2024)',
};

/** A file name, with the brackets around it: "(report.txt)", "notes_2025.pdf". */
const FILE_NAME = /\s*\(?[\w.-]+\.(?:txt|pdf|docx?|xlsx?|pptx?|md|csv|html?)\)?/gi;

/** "A (x.txt); B" → "A; B", with each seed document by its title and date, each named once. */
export function sourceName(document: string): string {
  const names: string[] = [];
  for (const part of document.split(';')) {
    const seed = Object.keys(SEED_DOCUMENTS).find((file) => part.includes(file));
    const name = seed ? SEED_DOCUMENTS[seed] : part.replace(FILE_NAME, '').replace(/\s+/g, ' ').trim();
    if (name && !names.includes(name)) names.push(name);
  }
  return names.join('; ') || 'information checked by SENDIASS staff';
}

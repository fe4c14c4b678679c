const IDIOMS: readonly RegExp[] = [
  /\bdying (?:to|for)\b/gi,
  /\bkilling me\b|\bkill(?:ing)? (?:time|two birds)\b/gi,
  /\b(?:cutting|cut) (?:corners|costs|off date|the queue)\b/gi,
  /\bmissing (?:form|forms|paperwork|information|piece|link|document|documents|out)\b/gi,
  /\b(?:is|are|was|has gone) missing from (?:the|my|our|this) (?:form|list|plan|report|website|page|email|letter)\b/gi,
  // Everyday exaggeration (added by search, whose questions carry them): nobody is at risk.
  /\bdead (?:keen|easy|on time|set on|good)\b|\b(?:hit|hitting|reached) a dead end\b|\bdead end\b|\bdrop dead (?:gorgeous)?\b/gi,
  /\b(?:will|would|is going to) be the death of me\b|\b(?:bored|sick|scared|worried) to death\b|\bliterally dead\b|\bdied laughing\b|\bdying (?:of|with) laughter\b/gi,
  /\b(?:is|was|it's|its) doing my head in\b|\bdoing my head in\b|\bwas (?:absolute |an absolute )?murder\b|\bcould murder an? \w+\b|\bshoot me an? (?:quick )?(?:answer|message|email|line)\b|\bwith one stone\b/gi,
];

export type IdiomsRemoved = {
  /** The message with each idiom replaced by a space. */
  text: string;
  /** The idioms found, as typed (for explaining a decision, never for logs). */
  found: string[];
};

/**
 * Everyday figures of speech that borrow the words of harm or death ("this form is killing
 * me", "I'm dying to know"). Shared by the safeguarding screener, so they raise no alarm, and
 * by search, so the question they carry is still answered with the idiom set aside.
 *
 * The message with everyday idioms of harm set aside.
 */
export function removeIdioms(text: string): IdiomsRemoved {
  const found: string[] = [];
  let out = text.replace(/[\u2018\u2019]/g, "'");
  for (const re of IDIOMS) {
    out = out.replace(re, (m) => {
      found.push(m);
      return ' ';
    });
  }
  return { text: out.replace(/\s+/g, ' ').trim(), found };
}

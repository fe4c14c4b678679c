export { asks, screen, type Screening, type FiredCue, type Earlier } from './screen';
export { crisisReply, distressReply } from './reply';
export { CRISIS_CATEGORIES, type Category, type CrisisCategory, type Tier } from './categories';

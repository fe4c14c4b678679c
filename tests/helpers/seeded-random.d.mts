/** Types for seeded-random.mjs, so TypeScript scripts share the one generator. */
export function rng(seed: number): () => number;

/** A run may flag outputs that drifted too far from the baseline column's (0..1, or NULL: off). */
export const name = 'run-min-similarity';

export const sql = `
ALTER TABLE runs ADD COLUMN min_similarity REAL CHECK (min_similarity BETWEEN 0 AND 1);
`;

/** Marker file in a synthetic content folder (npm run fixture); the build warns and pages show a banner. */
export const SYNTHETIC_MARKER = 'SYNTHETIC-TEST-DATA';

/**
 * The largest voortgang figure Schakel takes (trajecten, casusbesprekingen …): far above any region's
 * year, and well inside the database's integer column. The form and the import file share it, so a
 * figure the form refuses cannot come in by file (where it stopped the import with PostgreSQL's English).
 */
export const MAX_PROGRESS_COUNT = 100_000;

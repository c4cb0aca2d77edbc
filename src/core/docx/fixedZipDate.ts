/**
 * The date every zip entry the product writes carries, so that the same input always gives the
 * same bytes (.docx templates and reports, .xlsx scaffolds and samples).
 */
export const FIXED_ZIP_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

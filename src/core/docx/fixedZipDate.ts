/**
 * The date every zip entry the product writes carries, so that the same input always gives the
 * same bytes (.docx templates and reports, .xlsx scaffolds and samples). Zip entries store local
 * time without a zone, and PizZip writes a Date's local fields: a date made from local fields
 * gives the same stored value in every time zone (a UTC instant would not).
 */
export const FIXED_ZIP_DATE = new Date(2024, 0, 1, 0, 0, 0);

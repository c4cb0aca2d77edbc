/** A filled standard workbook, described as data; scripts/build-samples.ts writes it as .xlsx. */
export interface SampleWorkbook {
  readonly packId: string;
  readonly file: string;
  readonly info: Readonly<Record<string, string | number | Date>>;
  /** metric code → value as staff type it (a number, or text such as "160余") and 上年同期 */
  readonly values: Readonly<Record<string, { value: number | string; prior?: number | string }>>;
  /** category short name → narrative items in order */
  readonly items: Readonly<
    Record<string, ReadonlyArray<string | { heading: string; text: string }>>
  >;
}

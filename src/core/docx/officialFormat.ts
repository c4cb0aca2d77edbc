/**
 * GB/T 9704-2012 党政机关公文格式, in OOXML units (twips = mm × 56.7, half-points for sizes).
 * One place for every number, so the template builder and the tests read the same facts.
 */
export const PAGE = {
  /** A4 */
  width: 11906,
  height: 16838,
  /** 天头 37 mm, 订口 28 mm; bottom 35 mm and right 26 mm follow from the 156 × 225 mm type area */
  marginTop: 2098,
  marginBottom: 1984,
  marginLeft: 1588,
  marginRight: 1474,
  headerDistance: 851,
  /** page number 7 mm below the type area: 35 − 7 − (height of a 4号 line) ≈ 22 mm */
  footerDistance: 1247,
  /**
   * 22 lines × 28 characters, in Word, WPS and LibreOffice alike: a plain line grid of 28.95 pt
   * (22 × 579 tw fill the 225 mm type area), every line exactly that high, and each character
   * condensed by 0.25 pt so that 28 full-width 3号 characters (28 × 15.75 pt) fill the 156 mm width.
   * A character grid (linesAndChars) would do it in Word only: LibreOffice gives each glyph two
   * cells of it and sets 14 a line.
   */
  linePitch: 579,
  /** twentieths of a point after each character */
  charSpacing: -5,
} as const;

/** The type area's width in twips (156 mm), and what a full-width / half-width 3号 character takes. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
/** one character, as GB/T 9704 counts indents: 3号 = 16 pt = 320 tw */
export const CHAR = 320;
export const CHAR_ADVANCE = CHAR + PAGE.charSpacing;
export const HALF_ADVANCE = CHAR / 2 + PAGE.charSpacing;
/** 2号 title characters a line holds: 22 pt each, condensed alike */
export const TITLE_CHARS_PER_LINE = Math.floor(TEXT_WIDTH / (440 + PAGE.charSpacing));

export const FONTS = {
  latin: "Times New Roman",
  body: "仿宋_GB2312",
  title: "方正小标宋简体",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
} as const;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28 } as const;

/** Word's own fallbacks for machines without the _GB2312 and Founder fonts. */
export const FONT_TABLE: ReadonlyArray<{
  name: string;
  altName?: string;
  charset: string;
  family: string;
  panose: string;
}> = [
  { name: "Times New Roman", charset: "00", family: "roman", panose: "02020603050405020304" },
  {
    name: "仿宋_GB2312",
    altName: "仿宋",
    charset: "86",
    family: "modern",
    panose: "02010609030101010101",
  },
  {
    name: "仿宋",
    altName: "FangSong",
    charset: "86",
    family: "modern",
    panose: "02010609060101010101",
  },
  {
    name: "楷体_GB2312",
    altName: "楷体",
    charset: "86",
    family: "modern",
    panose: "02010609030101010101",
  },
  {
    name: "黑体",
    altName: "SimHei",
    charset: "86",
    family: "modern",
    panose: "02010609060101010101",
  },
  {
    name: "宋体",
    altName: "SimSun",
    charset: "86",
    family: "auto",
    panose: "02010600030101010101",
  },
  {
    name: "方正小标宋简体",
    altName: "宋体",
    charset: "86",
    family: "script",
    panose: "02000000000000000000",
  },
];

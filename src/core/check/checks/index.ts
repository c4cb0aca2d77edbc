import type { Check } from "../checkContext";
import { checkCategorySheets } from "./checkCategorySheets";
import { checkCodes } from "./checkCodes";
import { checkDerived } from "./checkDerived";
import { checkDroppedClauses } from "./checkDroppedClauses";
import { checkFigureNeeds } from "./checkFigureNeeds";
import { checkMetricValues } from "./checkMetricValues";
import { checkNarrative } from "./checkNarrative";
import { checkPlaceholders } from "./checkPlaceholders";
import { checkPriorUses } from "./checkPriorUses";
import { checkPrompts } from "./checkPrompts";
import { checkRanges } from "./checkRanges";
import { checkReportInfo } from "./checkReportInfo";
import { checkRules } from "./checkRules";
import { checkSheetUse } from "./checkSheetUse";
import { checkStatements } from "./checkStatements";
import { checkTables } from "./checkTables";
import { checkTypedFigures } from "./checkTypedFigures";

/** Every check runs, in this order; none stops the others. */
export const checks: readonly Check[] = [
  checkReportInfo,
  checkCategorySheets,
  checkSheetUse,
  checkMetricValues,
  checkCodes,
  checkRanges,
  checkDerived,
  checkRules,
  checkTables,
  checkNarrative,
  checkPlaceholders,
  checkPrompts,
  checkFigureNeeds,
  checkStatements,
  checkDroppedClauses,
  checkPriorUses,
  checkTypedFigures,
];

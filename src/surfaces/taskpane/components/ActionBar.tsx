import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  CalendarArrowRightRegular,
  CheckmarkCircleRegular,
  DocumentArrowDownRegular,
  TableAddRegular,
} from "@fluentui/react-icons";
import type { PaneActions, PaneState } from "../hooks/useReportAssembler";
import type { HostKind } from "../host/paneHost.types";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
  },
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    maxWidth: "100%",
  },
  hint: { color: tokens.colorNeutralForeground2, display: "block", margin: 0 },
});

/** The line under the buttons that says what one does, or why it waits: a button names it (aria-describedby). */
function Hint({ id, children }: { readonly id: string; readonly children: string }) {
  const styles = useStyles();
  return (
    <Text id={id} as="p" size={200} className={styles.hint}>
      {children}
    </Text>
  );
}

interface Props {
  readonly host: HostKind;
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly s: Strings;
}

/** What Prepare adds: a check that finds these says 补齐 is the next step. */
const PREPARE_FIXES = new Set(["WORKBOOK_NOT_STANDARD", "INFO_SHEET_MISSING", "SHEET_MISSING"]);

/**
 * Prepare (in Excel) → Check → Generate: the workflow, left to right, each button with the line
 * that says what it does or why it waits under it. One button is primary: the next step.
 */
export function ActionBar({ host, state, actions, s }: Props) {
  const styles = useStyles();
  const busy = state.busy !== null;
  const noSource = host !== "excel" && state.source === null;
  // a template with errors cannot make a report: generating waits until it is fixed or dropped
  const templateBroken =
    state.template.kind === "custom" && state.template.issues.some((i) => i.severity === "error");
  const check = state.check;
  const next: "prepare" | "check" | "generate" | null = noSource
    ? null
    : host === "excel" && check?.issues.some((i) => PREPARE_FIXES.has(i.code))
      ? "prepare"
      : check?.complete && !state.report && !templateBroken
        ? "generate"
        : state.report
          ? null
          : "check";
  const look = (step: typeof next) => (next === step ? "primary" : "secondary");
  const generateWaits = noSource
    ? "needs-workbook"
    : templateBroken
      ? "template-broken"
      : undefined;
  return (
    <section className={styles.root}>
      <div className={styles.buttons}>
        {host === "excel" && (
          <div className={styles.step}>
            <Button
              appearance={look("prepare")}
              icon={<TableAddRegular />}
              onClick={actions.prepare}
              disabledFocusable={busy}
              aria-describedby="prepare-hint"
            >
              {s.prepare}
            </Button>
            <Hint id="prepare-hint">{s.prepareHint}</Hint>
          </div>
        )}
        <div className={styles.step}>
          <Button
            id="check-button"
            appearance={look("check")}
            icon={<CheckmarkCircleRegular />}
            onClick={actions.check}
            // reached by Tab even while it waits, so its reason is heard
            disabledFocusable={busy || noSource}
            aria-describedby={noSource ? "needs-workbook" : undefined}
          >
            {s.check}
          </Button>
        </div>
        <div className={styles.step}>
          <Button
            id="generate-button"
            appearance={look("generate")}
            icon={<DocumentArrowDownRegular />}
            onClick={actions.generate}
            disabledFocusable={busy || noSource || templateBroken}
            aria-describedby={generateWaits}
          >
            {s.generate}
          </Button>
          {templateBroken && !noSource && <Hint id="template-broken">{s.templateBroken}</Hint>}
        </div>
      </div>
      {noSource && <Hint id="needs-workbook">{s.needWorkbook}</Hint>}
      {!noSource && (
        <div className={styles.step}>
          <Button
            appearance="subtle"
            icon={<CalendarArrowRightRegular />}
            onClick={actions.nextYear}
            disabledFocusable={busy}
            aria-describedby="next-year-hint"
          >
            {s.nextYear}
          </Button>
          <Hint id="next-year-hint">{s.nextYearHint}</Hint>
        </div>
      )}
    </section>
  );
}

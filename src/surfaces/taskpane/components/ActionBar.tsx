import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
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
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
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

/** Prepare (in Excel) → Check → Generate: the workflow, left to right. */
export function ActionBar({ host, state, actions, s }: Props) {
  const styles = useStyles();
  const busy = state.busy !== null;
  const noSource = host !== "excel" && state.workbookName === null;
  // a template with errors cannot make a report: generating waits until it is fixed or dropped
  const templateBroken =
    state.template.kind === "custom" && state.template.issues.some((i) => i.severity === "error");
  return (
    <section className={styles.root}>
      <div className={styles.buttons}>
        {host === "excel" && (
          <Button
            icon={<TableAddRegular />}
            onClick={actions.prepare}
            disabled={busy}
            aria-describedby="prepare-hint"
          >
            {s.prepare}
          </Button>
        )}
        <Button
          icon={<CheckmarkCircleRegular />}
          onClick={actions.check}
          disabled={busy || noSource}
          aria-describedby={noSource ? "needs-workbook" : undefined}
        >
          {s.check}
        </Button>
        <Button
          appearance={state.report ? "secondary" : "primary"}
          icon={<DocumentArrowDownRegular />}
          onClick={actions.generate}
          disabled={busy || noSource || templateBroken}
          aria-describedby={
            noSource ? "needs-workbook" : templateBroken ? "template-broken" : undefined
          }
        >
          {s.generate}
        </Button>
      </div>
      {host === "excel" && <Hint id="prepare-hint">{s.prepareHint}</Hint>}
      {templateBroken && !noSource && <Hint id="template-broken">{s.templateBroken}</Hint>}
      {noSource && <Hint id="needs-workbook">{s.needWorkbook}</Hint>}
      {!noSource && (
        <div>
          <Button
            appearance="subtle"
            icon={<CalendarArrowRightRegular />}
            onClick={actions.nextYear}
            disabled={busy}
            aria-describedby="next-year-hint"
          >
            {s.nextYear}
          </Button>
          <Hint id="next-year-hint">{s.nextYearHint}</Hint>
        </div>
      )}
      <Checkbox
        label={s.allowIncomplete}
        checked={state.allowIncomplete}
        onChange={(_, d) => actions.setAllowIncomplete(d.checked === true)}
        disabled={busy}
      />
    </section>
  );
}

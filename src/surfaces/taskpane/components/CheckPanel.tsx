import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CheckResult } from "../../../core/check/checkResult.types";
import type { Surface } from "../../../core/messages/locale";
import { issueMessage, issueWhere } from "../../../core/messages/render";
import type { Issue } from "../../../core/issues/issue.types";
import type { PaneActions } from "../hooks/useReportAssembler";
import type { Strings, UiLocale } from "../strings";
import { useState } from "react";
import { groupIssues, type IssueGroup } from "../issueGroups";
import { TO_FILL, verdictText, workbookIssues } from "../verdict";

const useStyles = makeStyles({
  ignored: { color: tokens.colorNeutralForeground2 },
  // a message is read in full: 14 px on generous lines
  message: { fontSize: tokens.fontSizeBase300, lineHeight: 1.6 },
  // forced colours: the track an outline, the filled part in Highlight, so a bar still says how full
  track: {
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "Canvas",
      outline: "1px solid CanvasText",
    },
  },
  fill: {
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "Highlight" },
  },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  categories: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
    margin: 0,
    padding: 0,
  },
  group: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  groupTitle: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  issue: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  issueError: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  issueHead: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  where: { fontFamily: tokens.fontFamilyMonospace },
  counts: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** A blank cell is something to fill in, not a mistake: its badge says so. */

/** A long list is folded: the first ones show, 显示全部 opens the rest. */
const ISSUES_SHOWN_PER_GROUP = 8;

interface Props {
  readonly check: CheckResult;
  readonly canSelect: boolean;
  readonly canHighlight: boolean;
  readonly actions: PaneActions;
  readonly s: Strings;
  readonly locale: UiLocale;
  /** the chosen template has errors: the verdict says the report waits for it */
  readonly templateBroken?: boolean;
  /** messages name Excel's buttons in Excel, the page's elsewhere */
  readonly surface: Surface;
}

function IssueItem({
  issue,
  canSelect,
  actions,
  s,
  locale,
  underSheet,
  surface,
}: { issue: Issue; underSheet: string } & Omit<
  Props,
  "check" | "canHighlight" | "templateBroken"
>) {
  const styles = useStyles();
  const where = issueWhere(issue, locale);
  const loc = issue.location;
  // under its sheet's heading the cell alone says where; the link's name says it whole
  const shown = loc.kind === "cell" && loc.sheet === underSheet ? loc.cell : where;
  return (
    <li className={`${styles.issue} ${issue.severity === "error" ? styles.issueError : ""}`}>
      <div className={styles.issueHead}>
        <Badge
          appearance="tint"
          color={
            issue.severity === "error"
              ? "danger"
              : issue.severity === "warning"
                ? "warning"
                : "informative"
          }
        >
          {TO_FILL.has(issue.code)
            ? s.toFill
            : issue.severity === "error"
              ? s.error
              : issue.severity === "warning"
                ? s.warning
                : s.note}
        </Badge>
        {where &&
          (canSelect && loc.kind === "cell" ? (
            <Link
              className={styles.where}
              onClick={() =>
                actions.goToCell(
                  loc.sheet,
                  loc.cell,
                  (issue.related ?? []).filter((r) => r.sheet === loc.sheet).map((r) => r.cell),
                )
              }
              aria-label={s.goToCell(where)}
            >
              {shown}
            </Link>
          ) : (
            <Text className={styles.where}>{shown}</Text>
          ))}
      </div>
      <Text className={styles.message}>{issueMessage(issue, locale, surface)}</Text>
    </li>
  );
}

/** One sheet's issues, errors first, folded after the first few. */
function IssueGroupList({
  group,
  canSelect,
  actions,
  s,
  locale,
  surface,
}: { group: IssueGroup } & Omit<Props, "check" | "canHighlight" | "templateBroken">) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const shown = open ? group.issues : group.issues.slice(0, ISSUES_SHOWN_PER_GROUP);
  const title =
    group.key === "*other" ? s.otherSheets : group.key === "" ? s.general : s.sheetName(group.key);
  // sheets that are not part of the report: one line, not one per sheet
  if (group.key === "*other")
    return <Text className={styles.ignored}>{s.ignoredSheets(group.issues.length)}</Text>;
  return (
    <div>
      <h3 className={styles.groupTitle}>
        {title}
        <Text size={200} className={styles.counts}>
          {" "}
          {s.groupCounts(group.errors, group.warnings, group.notes)}
        </Text>
      </h3>
      <ul className={styles.group}>
        {shown.map((i, n) => (
          <IssueItem
            key={`${i.code}-${n}`}
            issue={i}
            underSheet={group.key}
            canSelect={canSelect}
            actions={actions}
            s={s}
            locale={locale}
            surface={surface}
          />
        ))}
      </ul>
      {group.issues.length > ISSUES_SHOWN_PER_GROUP && (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          {open ? s.showFewer : s.showAll(group.issues.length)}
        </Button>
      )}
    </div>
  );
}

/** Completeness per category, then the issues grouped by sheet, each pointing at its cell. */
export function CheckPanel(props: Props) {
  const { check, canSelect, canHighlight, actions, s, locale, templateBroken } = props;
  const styles = useStyles();
  const warnings = workbookIssues(check).filter((i) => i.severity === "warning").length;
  const workbookComplete = !workbookIssues(check).some((i) => i.severity === "error");
  const title = verdictText(check, s, templateBroken);
  const issues = workbookIssues(check);
  const groups = groupIssues(issues);
  return (
    <section className={styles.root} aria-label={s.issues} id="check-result" tabIndex={-1}>
      <MessageBar intent={workbookComplete ? (warnings ? "warning" : "success") : "error"}>
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <h2 className={styles.heading}>{s.categories}</h2>
      <div className={styles.categories}>
        {check.categories.map((c) => {
          // in words and a sign, not in colour alone: ✓ 完成, or how many places are left
          const words = c.complete ? s.partDone : s.partLeft(Math.max(1, c.required - c.filled));
          return (
            <div key={c.id} style={{ display: "contents" }}>
              <Text>{c.short}</Text>
              <ProgressBar
                value={c.required === 0 ? 1 : c.filled / c.required}
                color={c.complete ? "success" : "error"}
                thickness="large"
                className={styles.track}
                bar={{ className: styles.fill }}
                aria-label={c.short}
                aria-valuetext={words}
              />
              <Text size={200}>{words}</Text>
            </div>
          );
        })}
      </div>
      <h2 className={styles.heading}>{s.issues}</h2>
      {canHighlight && issues.length > 0 && (
        <div className={styles.buttons}>
          <Button size="small" onClick={actions.highlight}>
            {s.highlight}
          </Button>
          <Button size="small" appearance="subtle" onClick={actions.clearHighlight}>
            {s.clearHighlight}
          </Button>
        </div>
      )}
      {groups.length === 0 && <Text>{s.noIssues}</Text>}
      {groups.map((g) => (
        <IssueGroupList
          key={g.key}
          group={g}
          canSelect={canSelect}
          actions={actions}
          s={s}
          locale={locale}
          surface={props.surface}
        />
      ))}
    </section>
  );
}

import {
  Button,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Pack } from "../../../core/packs/pack.types";
import { issueMessage } from "../../../core/messages/render";
import { useReportAssembler } from "../hooks/useReportAssembler";
import type { PaneHost } from "../host/paneHost.types";
import { STRINGS, type UiLocale } from "../strings";
import { ActionBar } from "./ActionBar";
import { CheckPanel } from "./CheckPanel";
import { ReportPanel } from "./ReportPanel";
import { SourcePanel } from "./SourcePanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "720px",
    margin: "0 auto",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground2 },
  hint: {
    color: tokens.colorNeutralForeground2,
    display: "block",
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  start: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  startTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  busy: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  // the previous workbook's result, under a refusal of another file: still there, set apart
  dimmed: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, lineHeight: 1.7 },
  // read out by screen readers, not shown
  live: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export type StartAction = "check" | "generate" | "insert";

interface Props {
  readonly host: PaneHost;
  readonly packs: readonly Pack[];
  readonly locale: UiLocale;
  /** the ribbon button or link that opened the pane (?action=…), and a sample to use (&sample=…) */
  readonly start?: { readonly action: StartAction; readonly sample?: string };
  /** Office is older than the adapters need */
  readonly unsupportedHost?: string;
}

/** The task pane: where the data comes from, the workflow's buttons, then what came out. */
export function App({ host, packs, locale, start, unsupportedHost }: Props) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const { state, actions, startup } = useReportAssembler(host, packs, s, locale);
  const templateIssues = state.template.kind === "custom" ? state.template.issues : [];
  const firstRun = state.check === null && state.report === null && state.source === null;
  const canDownloadBlank = host.kind !== "excel" && !host.noDownloads;

  // the ribbon's 检查 and 生成报告 run at once; 插入报告 (Word) waits for the workbook's pick
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !start || start.action === "insert") return;
    started.current = true;
    if (host.kind === "excel" || start.sample) startup(start.action, start.sample);
  }, [start, host.kind, startup]);

  // Word's 插入报告: once the workbook is picked, the report is made and put into the document
  const inserting = useRef<"idle" | "generating" | "done">("idle");
  useEffect(() => {
    if (start?.action !== "insert" || !host.insertReport || inserting.current !== "idle") return;
    if (state.source === null || state.busy !== null) return;
    inserting.current = "generating";
    actions.generate();
  }, [start, host.insertReport, state.source, state.busy, actions]);
  useEffect(() => {
    if (inserting.current !== "generating" || state.busy !== null) return;
    inserting.current = "done";
    if (state.report) actions.insertIntoWord();
  }, [state.report, state.busy, actions]);

  // a workbook opened: the open button is gone, so focus goes to the next step, 检查
  const sourceName = state.source?.name ?? null;
  const lastSource = useRef<string | null>(null);
  useEffect(() => {
    if (sourceName === lastSource.current) return;
    lastSource.current = sourceName;
    if (sourceName !== null && state.check === null)
      document.getElementById("check-button")?.focus();
  }, [sourceName, state.check]);

  // focus goes to what came out: the download after a report, the verdict after a check
  const lastAnnounced = useRef(0);
  useEffect(() => {
    const n = state.announcement?.n ?? 0;
    if (n === lastAnnounced.current) return;
    lastAnnounced.current = n;
    const target = state.report
      ? document.getElementById("download-report")
      : state.check
        ? document.getElementById("check-result")
        : null;
    target?.focus();
  }, [state.announcement, state.report, state.check]);

  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        <Text size={200} className={styles.subtitle}>
          {s.appSubtitle}
        </Text>
      </header>
      {unsupportedHost && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{s.unsupported(unsupportedHost)}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      )}
      {firstRun && (
        <section className={styles.start} aria-labelledby="getting-started">
          <h2 id="getting-started" className={styles.startTitle}>
            {s.gettingStarted}
          </h2>
          <ol className={styles.steps}>
            {(host.kind === "excel" ? s.stepsExcel : s.steps).map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {host.noDownloads && host.kind !== "excel" && (
            <Text as="p" size={200} className={styles.hint}>
              {s.blankOnMac}
            </Text>
          )}
        </section>
      )}
      <SourcePanel
        host={host.kind}
        packs={packs}
        state={state}
        actions={actions}
        s={s}
        locale={locale}
        canDownloadBlank={canDownloadBlank}
      />
      {templateIssues.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{s.templateProblems}</MessageBarTitle>
            <ul className={styles.details}>
              {templateIssues.map((i, n) => (
                <li key={n}>{issueMessage(i, locale)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ActionBar host={host.kind} state={state} actions={actions} s={s} />
      {state.busy && (
        <div className={styles.busy}>
          <Spinner size="tiny" label={state.busy} labelPosition="after" />
          {state.cancellable && (
            <Button size="small" appearance="subtle" onClick={actions.cancel}>
              {s.cancel}
            </Button>
          )}
        </div>
      )}
      <div role="status" aria-live="polite" className={styles.live}>
        {state.announcement?.text ?? ""}
      </div>
      {state.notice && (
        <MessageBar intent={state.notice.intent}>
          <MessageBarBody>
            {/* the title is what the bar is labelled by: without one it points at nothing */}
            <MessageBarTitle>{state.notice.text}</MessageBarTitle>
            {state.notice.details && state.notice.details.length > 0 && (
              <ul className={styles.details}>
                {state.notice.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          {state.notice.action === "generateDraft" && (
            <MessageBarActions>
              <Button onClick={actions.generateDraft} disabledFocusable={state.busy !== null}>
                {s.generateDraft}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <div className={state.dimmed ? styles.dimmed : undefined}>
        {state.dimmed && state.source && (
          <Text as="p" className={styles.hint}>
            {s.stillShowing(state.source.name)}
          </Text>
        )}
        {state.check && (
          <>
            <Divider />
            <CheckPanel
              check={state.check}
              canSelect={host.selectCell !== undefined}
              canHighlight={host.highlight !== undefined}
              templateBroken={templateIssues.some((i) => i.severity === "error")}
              surface={host.kind === "excel" ? "excel" : "pane"}
              actions={actions}
              s={s}
              locale={locale}
            />
          </>
        )}
        {state.report && (
          <>
            <Divider />
            <ReportPanel
              report={state.report}
              downloaded={state.downloaded}
              askInsert={state.askInsert}
              canDownload={!host.noDownloads}
              canInsert={host.insertReport !== undefined}
              actions={actions}
              s={s}
            />
          </>
        )}
      </div>
    </main>
  );
}

import {
  Divider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
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
  subtitle: { color: tokens.colorNeutralForeground3 },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  readonly host: PaneHost;
  readonly packs: readonly Pack[];
  readonly locale: UiLocale;
}

/** The task pane: where the data comes from, the workflow's buttons, then what came out. */
export function App({ host, packs, locale }: Props) {
  const styles = useStyles();
  const s = STRINGS[locale];
  const { state, actions } = useReportAssembler(host, packs, s, locale);
  const templateIssues = state.template.kind === "custom" ? state.template.issues : [];
  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <h1 className={styles.title}>{s.appTitle}</h1>
        <Text size={200} className={styles.subtitle}>
          {host.kind === "browser" ? `${s.appSubtitle} · ${s.standalone}` : s.appSubtitle}
        </Text>
      </header>
      <SourcePanel host={host.kind} packs={packs} state={state} actions={actions} s={s} />
      {templateIssues.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {s.refusedTemplate}
            <ul className={styles.details}>
              {templateIssues.map((i, n) => (
                <li key={n}>{issueMessage(i, locale)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ActionBar host={host.kind} state={state} actions={actions} s={s} />
      <div aria-live="polite">
        {state.busy && <Spinner size="tiny" label={state.busy} labelPosition="after" />}
      </div>
      {state.notice && (
        <MessageBar intent={state.notice.intent}>
          <MessageBarBody>
            {state.notice.text}
            {state.notice.details && state.notice.details.length > 0 && (
              <ul className={styles.details}>
                {state.notice.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.report && (
        <>
          <Divider />
          <ReportPanel
            report={state.report}
            canInsert={host.insertReport !== undefined}
            actions={actions}
            s={s}
          />
        </>
      )}
      {state.check && (
        <>
          <Divider />
          <CheckPanel
            check={state.check}
            canSelect={host.selectCell !== undefined}
            canHighlight={host.highlight !== undefined}
            actions={actions}
            s={s}
            locale={locale}
          />
        </>
      )}
    </main>
  );
}

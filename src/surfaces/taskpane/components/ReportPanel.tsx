import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular } from "@fluentui/react-icons";
import type { GeneratedReport, PaneActions } from "../hooks/useReportAssembler";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  page: {
    maxHeight: "360px",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
    fontFamily: '"FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", serif',
    lineHeight: 1.8,
  },
  title: {
    textAlign: "center",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase500,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  para: { textIndent: "2em", margin: 0, textAlign: "justify" },
  heading2: { fontWeight: tokens.fontWeightSemibold },
  // a statutory table as the report prints it, scrolled sideways in a narrow pane
  tableWrap: { overflowX: "auto", margin: `${tokens.spacingVerticalXS} 0` },
  table: {
    borderCollapse: "collapse",
    fontFamily: '"SimSun", "宋体", "Songti SC", serif',
    fontSize: tokens.fontSizeBase200,
    lineHeight: 1.4,
    "& td": {
      border: `1px solid ${tokens.colorNeutralForeground1}`,
      padding: "2px 4px",
      textAlign: "center",
      verticalAlign: "middle",
      minWidth: "2.5em",
    },
  },
  // the report's own highlight: yellow with black text in every theme, Mark in forced colours
  marker: {
    backgroundColor: "#ffef00",
    color: "#000000",
    "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText" },
  },
  done: { color: tokens.colorPaletteGreenForeground1, alignSelf: "center" },
});

interface Props {
  readonly report: GeneratedReport;
  readonly downloaded: boolean;
  readonly askInsert: boolean;
  /** false where downloads from the pane do not work (Office on Mac) */
  readonly canDownload: boolean;
  readonly canInsert: boolean;
  readonly actions: PaneActions;
  readonly s: Strings;
}

/** Splits out 【待补充：…】 markers so the preview shows them highlighted, as the .docx does. */
function withMarkers(text: string, className: string) {
  return text.split(/(【(?:待补充|不适用|未知字段)：[^】]*】)/).map((part, i) =>
    i % 2 === 1 ? (
      <mark key={i} className={className}>
        {part}
      </mark>
    ) : (
      part
    ),
  );
}

/** The generated report: the download (or, in Word, the insert) and a preview of its text. */
export function ReportPanel({
  report,
  downloaded,
  askInsert,
  canDownload,
  canInsert,
  actions,
  s,
}: Props) {
  const styles = useStyles();
  // one primary action: in Word, putting the report into the document; elsewhere, saving it
  const insert = canInsert && (
    <Button
      appearance="primary"
      icon={<DocumentAddRegular />}
      onClick={() => actions.insertIntoWord()}
    >
      {s.insertIntoWord}
    </Button>
  );
  return (
    <section className={styles.root} aria-label={s.preview} id="report-result" tabIndex={-1}>
      <Text weight="semibold">{s.fileName(report.fileName)}</Text>
      <Dialog open={askInsert} onOpenChange={(_, d) => !d.open && actions.cancelInsert()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.askInsertTitle}</DialogTitle>
            <DialogContent>{s.askInsertText}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => actions.insertIntoWord("atCursor")}>
                {s.atCursor}
              </Button>
              <Button onClick={() => actions.insertIntoWord("replaceBody")}>{s.replaceBody}</Button>
              <Button appearance="subtle" onClick={actions.cancelInsert}>
                {s.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <div className={styles.buttons}>
        {insert}
        {canDownload && (
          <Button
            appearance={canInsert ? "secondary" : "primary"}
            icon={<ArrowDownloadRegular />}
            onClick={actions.downloadReport}
            id="download-report"
          >
            {s.download}
          </Button>
        )}
        {downloaded && <Text className={styles.done}>{s.downloaded(report.fileName)}</Text>}
      </div>
      <h2 className={styles.heading}>{s.preview}</h2>
      <article className={styles.page} tabIndex={0} aria-label={s.preview}>
        {report.paragraphs.map((p, i) =>
          p.table ? (
            <div key={i} className={styles.tableWrap}>
              <table className={styles.table}>
                <tbody>
                  {p.table.map((row, r) => (
                    <tr key={r}>
                      {row.map((c, k) => (
                        <td key={k} colSpan={c.colSpan} rowSpan={c.rowSpan}>
                          {withMarkers(c.text, styles.marker)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : p.style === "Title" ? (
            <p key={i} className={styles.title}>
              {p.text}
            </p>
          ) : (
            <p
              key={i}
              className={`${styles.para} ${p.style.startsWith("Heading") ? styles.heading2 : ""}`}
            >
              {withMarkers(p.text, styles.marker)}
            </p>
          ),
        )}
      </article>
    </section>
  );
}
